package io.touchpointhub.nlp.sentiment;

import java.util.List;

/** VADER's special cases ("the bomb", "yeah right", "kiss of death") and two-word diminishers ("kind of"). */
final class VaderIdioms {

    private VaderIdioms() {
    }

    /** Called for item i (i ≥ 3 words preceding exist or not) after its third preceding word was checked. */
    static double apply(double valence, List<String> lower, int i) {
        String w0 = lower.get(i);
        String w1 = word(lower, i - 1);
        String w2 = word(lower, i - 2);
        String w3 = word(lower, i - 3);
        String oneZero = w1 + " " + w0;
        String twoOneZero = w2 + " " + w1 + " " + w0;
        String twoOne = w2 + " " + w1;
        String threeTwoOne = w3 + " " + w2 + " " + w1;
        String threeTwo = w3 + " " + w2;
        double result = valence;
        for (String sequence : new String[] {oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo}) {
            Double special = VaderRules.SPECIAL_CASES.get(sequence);
            if (special != null) {
                result = special;
                break;
            }
        }
        if (i + 1 < lower.size()) {
            result = VaderRules.SPECIAL_CASES.getOrDefault(w0 + " " + lower.get(i + 1), result);
        }
        if (i + 2 < lower.size()) {
            result = VaderRules.SPECIAL_CASES.getOrDefault(w0 + " " + lower.get(i + 1) + " " + lower.get(i + 2), result);
        }
        for (String nGram : new String[] {threeTwoOne, threeTwo, twoOne}) {
            Double booster = VaderRules.BOOSTERS.get(nGram);
            if (booster != null) {
                result += booster;
            }
        }
        return result;
    }

    private static String word(List<String> lower, int index) {
        return index >= 0 ? lower.get(index) : "";
    }
}
