package io.touchpointhub.nlp.language;

import io.touchpointhub.model.TextAnalysis;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the language of a text from its scripts and, for Latin script, from its function words.
 * Chinese (Simplified or Traditional), Japanese, Korean, Russian, Ukrainian, Greek, Arabic, Hebrew,
 * Thai and Hindi by script; English, French, German, Spanish, Italian, Portuguese and Dutch by stop
 * words. Mixed texts get their dominant language (a Han character counts as about ⅔ of a word).
 * A few kilobytes of word lists instead of an n-gram library: the hub needs English versus Chinese
 * versus "something else", and this does that in microseconds with no model to load. Thread-safe.
 */
public final class LanguageDetector {

    private static final Pattern NOT_LANGUAGE = Pattern.compile("(?i)https?://\\S+|www\\.\\S+|[@#][\\p{L}\\p{N}_]+");
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}']+");

    private final Map<String, Set<String>> stopWords = StopWords.LATIN;

    /** An ISO 639-1 code, or {@link TextAnalysis#UNDETERMINED} when the text has too few letters. */
    public String detect(String text) {
        String language = NOT_LANGUAGE.matcher(text).replaceAll(" ");
        ScriptCounts counts = ScriptCounts.of(language);
        if (counts.letters() < 2) {
            return TextAnalysis.UNDETERMINED;
        }
        if (counts.kana() > 0 && counts.kana() + counts.han() >= counts.latin() / 4) {
            return "ja";
        }
        String byScript = counts.dominantNonLatin();
        double latinWords = counts.latin() / 5.0;
        if (byScript != null && counts.nonLatinWeight() >= latinWords) {
            return byScript;
        }
        return counts.latin() == 0 ? TextAnalysis.UNDETERMINED : latin(language);
    }

    private String latin(String text) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        var matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            String word = matcher.group();
            for (var entry : stopWords.entrySet()) {
                if (entry.getValue().contains(word)) {
                    hits.merge(entry.getKey(), 1, Integer::sum);
                }
            }
        }
        // Latin text without a single function word of any language ("Great phone!") is most
        // likely English, the language of most of what the hub reads
        return hits.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> e.getKey().equals("en")))
                .map(Map.Entry::getKey)
                .orElse("en");
    }
}
