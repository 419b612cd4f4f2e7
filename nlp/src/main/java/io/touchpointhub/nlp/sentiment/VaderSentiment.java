package io.touchpointhub.nlp.sentiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Java port of VADER's rules (Hutto and Gilbert, ICWSM 2014; vaderSentiment 3.3.2): lexicon valences
 * adjusted for negation ("not good", "no ... good"), intensifiers and diminishers ("very", "kind of"),
 * words in capitals among words that are not, "but" (the clause after it counts 1.5×, before it 0.5×),
 * "least", idioms, and emphasis by "!" and "??"; emoji count by their Unicode names ("smiling face with
 * smiling eyes"), as VADER does with its emoji lexicon. Stateless and thread-safe.
 *
 * <p>Two deliberate differences from the Python original: its "but" rule looks sentiments up by value
 * ({@code list.index}), so equal valences before and after "but" are scaled wrongly; this port scales by
 * position, as the paper describes. And Python's negative indices wrap around at the start of a text;
 * here a rule that would look before the first word does not apply.
 */
public final class VaderSentiment {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private final VaderLexicon lexicon;

    public VaderSentiment(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** VADER's scores of a text (one sentence or a short post; average sentences for longer texts). */
    public LexiconScore score(String text) {
        List<String> words = words(Emoji.describe(text));
        if (words.isEmpty()) {
            return LexiconScore.NONE;
        }
        boolean capsDiffer = capsDiffer(words);
        List<String> lower = new ArrayList<>(words.size());
        for (String word : words) {
            lower.add(word.toLowerCase(Locale.ROOT));
        }
        double[] sentiments = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            sentiments[i] = valenceAt(words, lower, i, capsDiffer);
        }
        butCheck(lower, sentiments);
        return VaderScoring.score(sentiments, text);
    }

    private double valenceAt(List<String> words, List<String> lower, int i, boolean capsDiffer) {
        String item = lower.get(i);
        if (VaderRules.BOOSTERS.containsKey(item)
                || (item.equals("kind") && i + 1 < lower.size() && lower.get(i + 1).equals("of"))
                || !lexicon.contains(item)) {
            return 0.0;
        }
        double valence = lexicon.valence(item).orElseThrow();
        if (item.equals("no") && i + 1 < lower.size() && lexicon.contains(lower.get(i + 1))) {
            // "no" negates the next sentiment word instead of counting on its own
            valence = 0.0;
        }
        if (precededByNo(lower, i)) {
            valence = lexicon.valence(item).orElseThrow() * VaderRules.NEGATION;
        }
        if (capsDiffer && isUpper(words.get(i))) {
            valence += valence > 0 ? VaderRules.CAPS_BOOST : -VaderRules.CAPS_BOOST;
        }
        for (int distance = 0; distance < 3; distance++) {
            valence = modifiers(words, lower, i, distance, valence, capsDiffer);
        }
        return leastCheck(lower, i, valence);
    }

    private static boolean precededByNo(List<String> lower, int i) {
        return (i > 0 && lower.get(i - 1).equals("no"))
                || (i > 1 && lower.get(i - 2).equals("no"))
                || (i > 2 && lower.get(i - 3).equals("no") && (lower.get(i - 1).equals("or") || lower.get(i - 1).equals("nor")));
    }

    /** Applies the word {@code distance + 1} places before item i: booster, negation, idioms. */
    private double modifiers(List<String> words, List<String> lower, int i, int distance, double valence,
                             boolean capsDiffer) {
        int before = i - (distance + 1);
        if (before < 0 || lexicon.contains(lower.get(before))) {
            return valence;
        }
        double scalar = boosterScalar(words.get(before), lower.get(before), valence, capsDiffer);
        if (distance == 1) {
            scalar *= 0.95;
        } else if (distance == 2) {
            scalar *= 0.9;
        }
        double result = negationCheck(valence + scalar, lower, distance, i);
        return distance == 2 ? VaderIdioms.apply(result, lower, i) : result;
    }

    private static double boosterScalar(String word, String lowerWord, double valence, boolean capsDiffer) {
        Double booster = VaderRules.BOOSTERS.get(lowerWord);
        if (booster == null) {
            return 0.0;
        }
        double scalar = valence < 0 ? -booster : booster;
        if (capsDiffer && isUpper(word)) {
            scalar += valence > 0 ? VaderRules.CAPS_BOOST : -VaderRules.CAPS_BOOST;
        }
        return scalar;
    }

    private static double negationCheck(double valence, List<String> lower, int distance, int i) {
        String w1 = lower.get(i - 1);
        if (distance == 0) {
            return VaderRules.negates(w1) ? valence * VaderRules.NEGATION : valence;
        }
        String w2 = lower.get(i - 2);
        if (distance == 1) {
            if (w2.equals("never") && (w1.equals("so") || w1.equals("this"))) {
                return valence * 1.25;
            }
            if (w2.equals("without") && w1.equals("doubt")) {
                return valence;
            }
            return VaderRules.negates(w2) ? valence * VaderRules.NEGATION : valence;
        }
        String w3 = lower.get(i - 3);
        if ((w3.equals("never") && (w2.equals("so") || w2.equals("this"))) || w1.equals("so") || w1.equals("this")) {
            return valence * 1.25;
        }
        if (w3.equals("without") && (w2.equals("doubt") || w1.equals("doubt"))) {
            return valence;
        }
        return VaderRules.negates(w3) ? valence * VaderRules.NEGATION : valence;
    }

    private double leastCheck(List<String> lower, int i, double valence) {
        if (i > 0 && lower.get(i - 1).equals("least") && !lexicon.contains("least")) {
            if (i == 1 || (!lower.get(i - 2).equals("at") && !lower.get(i - 2).equals("very"))) {
                return valence * VaderRules.NEGATION;
            }
        }
        return valence;
    }

    /** The clause after "but" weighs 1.5×, the one before it 0.5× (first "but" only, as in VADER). */
    private static void butCheck(List<String> lower, double[] sentiments) {
        int but = lower.indexOf("but");
        if (but < 0) {
            return;
        }
        for (int i = 0; i < sentiments.length; i++) {
            if (i < but) {
                sentiments[i] *= 0.5;
            } else if (i > but) {
                sentiments[i] *= 1.5;
            }
        }
    }

    /** Whitespace tokens; punctuation around a word is dropped unless that leaves 2 characters or fewer. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String token : text.trim().split("\\s+")) {
            if (token.isEmpty()) {
                continue;
            }
            String stripped = stripPunctuation(token);
            words.add(stripped.length() <= 2 ? token : stripped);
        }
        return words;
    }

    private static String stripPunctuation(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && PUNCTUATION.indexOf(token.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && PUNCTUATION.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(start, end);
    }

    /** True when some but not all words are in capitals ("I LOVE it"): then capitals signal emphasis. */
    static boolean capsDiffer(List<String> words) {
        int upper = 0;
        for (String word : words) {
            if (isUpper(word)) {
                upper++;
            }
        }
        return upper > 0 && upper < words.size();
    }

    /** Python's str.isupper(): at least one cased character and no lower-case one. */
    static boolean isUpper(String word) {
        boolean cased = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            cased |= Character.isUpperCase(c);
        }
        return cased;
    }
}
