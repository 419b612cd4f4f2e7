package io.touchpointhub.nlp.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The most frequent content words of a text (stop words, numbers, links and handles left out). */
public final class Keywords {

    public static final int MAX = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*[\\p{L}\\p{N}]");
    private static final Pattern NOT_WORDS = Pattern.compile("(?i)https?://\\S+|www\\.\\S+|[@#][\\p{L}\\p{N}_@.]+");

    private Keywords() {
    }

    /** Keywords of a Latin-script text. */
    public static List<String> latin(String text) {
        Matcher matcher = WORD.matcher(NOT_WORDS.matcher(text).replaceAll(" "));
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            String word = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.length() >= 3 && !EnglishStopWords.WORDS.contains(word) && !word.contains("'")) {
                words.add(word);
            }
        }
        return top(words);
    }

    /** Keywords among already segmented words (Chinese), given which ones are content words. */
    public static List<String> top(List<String> words) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String word : words) {
            counts.merge(word, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()) // stable: first seen wins ties
                .limit(MAX)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** English function words, auxiliaries and the most common filler of social posts. */
    static final class EnglishStopWords {
        static final Set<String> WORDS = Set.of("the", "and", "for", "are", "was", "were", "you", "your", "yours",
                "with", "this", "that", "these", "those", "have", "has", "had", "not", "but", "all", "any", "can",
                "could", "would", "should", "will", "just", "from", "they", "them", "their", "there", "here", "what",
                "when", "where", "who", "whom", "why", "how", "which", "our", "ours", "his", "her", "hers", "its",
                "him", "she", "been", "being", "than", "then", "too", "very", "also", "about", "into", "onto",
                "over", "under", "again", "only", "some", "such", "more", "most", "much", "many", "own", "same",
                "out", "off", "via", "yet", "did", "does", "doing", "done", "get", "got", "gets", "one", "two",
                "ever", "even", "every", "each", "both", "because", "while", "after", "before", "until", "through",
                "ive", "im", "dont", "cant", "didnt", "isnt", "wasnt", "lol", "omg", "really", "like", "now", "today",
                "still", "well", "way", "let", "may", "might", "must", "shall", "upon", "per", "amp", "rt",
                "myself", "yourself", "itself", "ourselves", "themselves", "nor", "whether", "though", "although");

        private EnglishStopWords() {
        }
    }
}
