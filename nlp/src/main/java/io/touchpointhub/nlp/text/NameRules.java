package io.touchpointhub.nlp.text;

import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.NamedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light entity recogniser for short English texts, where CoreNLP's CRF would cost more than the rest of
 * the analysis: runs of capitalised words (not a lone sentence-initial word), typed by their context —
 * a company suffix makes an organisation, a title a person, a preceding "in/at/from" a location; other
 * names are typed OTHER. Products are recognised from the configured gazetteer only ({@link Gazetteer}).
 */
public final class NameRules {

    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final String TRAILING = ".,;:!?)]}\"'’”";
    private static final Set<String> CONNECTORS = Set.of("of", "de", "&", "and", "van", "von", "du", "la");
    private static final Set<String> ORG_SUFFIXES = Set.of("inc", "ltd", "llc", "corp",
            "corporation", "company", "co", "gmbh", "ag", "plc", "bank", "airlines", "airways", "university",
            "group", "foundation", "institute", "labs", "motors", "hotel", "hotels", "ministry", "council");
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam");
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "from", "to", "near", "visiting", "across");
    private static final Set<String> NOT_NAMES = Set.of("i", "i'm", "i've", "i'll", "i'd", "the", "a", "an", "it",
            "this", "that", "my", "we", "you", "he", "she", "they", "but", "and", "so", "if", "ok", "omg", "lol",
            "thanks", "thank", "please", "yes", "no", "hi", "hello", "hey", "just", "what", "why", "how", "when");

    private NameRules() {
    }

    public static List<NamedEntity> find(String text) {
        List<NamedEntity> entities = new ArrayList<>();
        Matcher token = TOKEN.matcher(text);
        Run run = null;
        boolean afterTitle = false;
        while (token.find()) {
            int begin = token.start();
            int end = trimEnd(text, begin, token.end());
            String word = text.substring(begin, end);
            String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
            boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            if (capitalised && TITLES.contains(lower)) {
                run = close(run, text, entities);
                afterTitle = true;
            } else if (capitalised && !NOT_NAMES.contains(lower) && !isAllCaps(word)) {
                run = run == null ? new Run(begin, previousWord(text, begin), afterTitle) : run;
                run.end = end;
                afterTitle = false;
            } else if (!(run != null && CONNECTORS.contains(lower))) {
                run = close(run, text, entities);
                afterTitle = false;
            }
            if (end < token.end() && run != null) { // punctuation after the word ends the name
                run = close(run, text, entities);
            }
        }
        close(run, text, entities);
        return entities;
    }

    /** A run of capitalised words being read. */
    private static final class Run {
        final int begin;
        final String previous;
        final boolean afterTitle;
        int end;

        Run(int begin, String previous, boolean afterTitle) {
            this.begin = begin;
            this.previous = previous;
            this.afterTitle = afterTitle;
        }
    }

    private static Run close(Run run, String text, List<NamedEntity> entities) {
        if (run == null || run.end <= run.begin) {
            return null;
        }
        String name = text.substring(run.begin, run.end);
        String[] words = name.split("\\s+");
        if (words.length > 1 || !sentenceInitial(text, run.begin) || run.afterTitle) {
            entities.add(new NamedEntity(name, type(run, words), run.begin, run.end));
        }
        return null;
    }

    private static EntityType type(Run run, String[] words) {
        String last = words[words.length - 1].toLowerCase(Locale.ROOT).replace(".", "");
        if (ORG_SUFFIXES.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (run.afterTitle) {
            return EntityType.PERSON;
        }
        return PLACE_WORDS.contains(run.previous) ? EntityType.LOCATION : EntityType.OTHER;
    }

    private static int trimEnd(String text, int begin, int end) {
        int trimmed = end;
        while (trimmed > begin && TRAILING.indexOf(text.charAt(trimmed - 1)) >= 0) {
            trimmed--;
        }
        return trimmed;
    }

    private static boolean isAllCaps(String word) {
        return word.length() > 4 && word.equals(word.toUpperCase(Locale.ROOT)); // shouting, not a name
    }

    private static boolean sentenceInitial(String text, int begin) {
        int i = begin - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'“‘(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".!?:\n".indexOf(text.charAt(i)) >= 0;
    }

    private static String previousWord(String text, int begin) {
        int end = begin - 1;
        while (end >= 0 && Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        int start = end;
        while (start >= 0 && (Character.isLetter(text.charAt(start)) || text.charAt(start) == '.')) {
            start--;
        }
        return end < 0 ? "" : text.substring(start + 1, end + 1).toLowerCase(Locale.ROOT);
    }
}
