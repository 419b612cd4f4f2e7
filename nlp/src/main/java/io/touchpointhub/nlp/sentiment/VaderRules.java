package io.touchpointhub.nlp.sentiment;

import java.util.Map;
import java.util.Set;

/** The word lists and constants of VADER's rules (Hutto and Gilbert, ICWSM 2014; vaderSentiment 3.3.2). */
final class VaderRules {

    /** Empirically derived boost of an intensifier ("very good") and damping of a diminisher ("kind of good"). */
    static final double BOOST = 0.293;
    static final double DAMP = -0.293;
    /** Extra weight of a sentiment word written in capitals among words that are not. */
    static final double CAPS_BOOST = 0.733;
    /** A negated word keeps 74 % of its valence with the opposite sign. */
    static final double NEGATION = -0.74;
    /** Normalisation constant of the compound score: sum / sqrt(sum² + 15). */
    static final double ALPHA = 15;

    static final Set<String> NEGATIONS = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent",
            "didnt", "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
            "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
            "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
            "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
            "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
            "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
            "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

    static final Map<String, Double> BOOSTERS = boosters();

    static final Map<String, Double> SPECIAL_CASES = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
            "badass", 1.5, "bus stop", 0.0, "yeah right", -2.0, "kiss of death", -1.5, "to die for", 3.0,
            "beating heart", 3.1, "broken heart", -2.9);

    private VaderRules() {
    }

    static boolean negates(String lowerCaseWord) {
        return NEGATIONS.contains(lowerCaseWord) || lowerCaseWord.contains("n't");
    }

    private static Map<String, Double> boosters() {
        java.util.HashMap<String, Double> map = new java.util.HashMap<>();
        for (String word : new String[] {"absolutely", "amazingly", "awfully", "completely", "considerable",
                "considerably", "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
                "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
                "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin", "fucking",
                "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible", "incredibly", "intensely",
                "major", "majorly", "more", "most", "particularly", "purely", "quite", "really", "remarkably", "so",
                "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
                "unbelievably", "unusually", "utter", "utterly", "very"}) {
            map.put(word, BOOST);
        }
        for (String word : new String[] {"almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof",
                "kind-of", "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
                "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of"}) {
            map.put(word, DAMP);
        }
        return Map.copyOf(map);
    }
}
