package io.touchpointhub.nlp;

/**
 * What kind of text is analysed, as far as the caller knows (the pipeline knows a touchpoint's channel):
 * it picks the sentiment method, since the lexicon layer is best and fastest on short social text and
 * the blend with CoreNLP is best on longer prose.
 */
public enum TextKind {
    /** A post, comment or chat message: lexicon and rules only. */
    SOCIAL,
    /** A review, e-mail, article or page: blended with CoreNLP when it has loaded. */
    LONG_FORM,
    /** Unknown: long text without social markers is treated as long-form, the rest as social. */
    UNKNOWN
}
