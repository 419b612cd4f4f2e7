package io.touchpointhub.nlp;

/**
 * What kind of text is analysed, as far as the caller knows (the pipeline knows a touchpoint's channel):
 * it picks the sentiment method, since the lexicon layer is best and fastest on short social text and
 * the blend with CoreNLP is best on longer prose, and how likely a text is to be neutral.
 */
public enum TextKind {
    /** A post, comment or chat message: lexicon and rules only. */
    SOCIAL,
    /** An e-mail, article, page or transcript: blended with CoreNLP when it has loaded. */
    LONG_FORM,
    /**
     * A product or service review: blended with CoreNLP like long-form text, with the review blend
     * (reviews take sides: few are neutral, so the neutral band is narrower than for articles).
     */
    REVIEW,
    /** Unknown: long text without social markers is treated as long-form, the rest as social. */
    UNKNOWN
}
