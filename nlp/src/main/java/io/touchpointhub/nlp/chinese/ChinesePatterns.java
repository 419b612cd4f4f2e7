package io.touchpointhub.nlp.chinese;

import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.Set;

/**
 * Review idioms that carry sentiment without a sentiment word, for words the lexicon does not know:
 * excess ("太甜了", "过于油腻": an adjective that is fine in itself becomes a complaint after "太"/"过于"),
 * "never again" ("不会再订", "不再来") and an unmet expectation stated as a negated action or a missing
 * thing ("没给筷子", "不送上楼", "没有早餐"). Each gives a moderate negative valence, which a real sentiment word nearby outweighs.
 */
final class ChinesePatterns {

    /** Valence of "太 + adjective" when the adjective itself is neutral. */
    static final double EXCESS = -1.5;
    /** Valence of a negation before "再" ("不会再", "不再", "没再"): the reviewer will not come back. */
    static final double NEVER_AGAIN = -2.5;
    /** Valence of a negated plain verb ("没给", "不送"): something expected did not happen. */
    static final double UNMET = -0.8;

    private static final Set<String> EXCESS_WORDS = Set.of("太", "过于", "太过", "过", "忒", "过分");

    /**
     * Verbs whose negation is not a complaint: "没想到" (pleasant surprise as often as not), "不知道",
     * "不用", "不需要", "不要" (a request), "不愧" (praise), "不怕", "不得不", "不论".
     */
    private static final Set<String> NEUTRAL_AFTER_NEGATION = Set.of("想到", "知道", "用", "需要", "愧", "怕", "得",
            "论", "管", "是", "要");

    private ChinesePatterns() {
    }

    /** The valence this non-lexicon word gets from its context, 0 when no pattern applies. */
    static double valence(List<Term> terms, int i) {
        Term term = terms.get(i);
        String before = i > 0 ? terms.get(i - 1).word : "";
        if ((term.word.equals("再") && ChineseLexicon.NEGATIONS.contains(before))
                || (term.word.equals("不再") && i + 1 < terms.size() && isVerb(terms.get(i + 1)))) {
            return NEVER_AGAIN;
        }
        if (EXCESS_WORDS.contains(before) && isAdjective(term)) {
            return EXCESS;
        }
        if ((before.equals("没有") || before.equals("没")) && isNoun(term)) {
            return UNMET;
        }
        if (ChineseLexicon.NEGATIONS.contains(before) && isVerb(term) && !NEUTRAL_AFTER_NEGATION.contains(term.word)) {
            return UNMET;
        }
        return 0;
    }

    private static boolean isAdjective(Term term) {
        return term.nature != null && term.nature.toString().startsWith("a");
    }

    private static boolean isNoun(Term term) {
        return term.nature != null && term.nature.toString().startsWith("n") && !term.nature.toString().startsWith("nr");
    }

    private static boolean isVerb(Term term) {
        // "给" is tagged a preposition in "没给筷子" but is the verb there
        return term.word.equals("给")
                || (term.nature != null && term.nature.toString().startsWith("v") && term.word.length() <= 2);
    }
}
