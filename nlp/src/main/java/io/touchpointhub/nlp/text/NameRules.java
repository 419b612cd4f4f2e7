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

    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}@#])(\\p{Lu}[\\p{L}&'.-]*(?:\\s+(?:of|de|&|and)?\\s*\\p{Lu}[\\p{L}&'.-]*)*)");
    private static final Set<String> ORG_SUFFIXES = Set.of("inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.",
            "corporation", "company", "co", "co.", "gmbh", "ag", "plc", "bank", "airlines", "airways", "university",
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
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            String name = trimName(matcher.group(1));
            int begin = matcher.start(1);
            String[] words = name.split("\\s+");
            String first = words[0].toLowerCase(Locale.ROOT);
            if (name.isEmpty() || NOT_NAMES.contains(first) || isAllCaps(name)
                    || (words.length == 1 && sentenceInitial(text, begin))) {
                continue;
            }
            entities.add(new NamedEntity(name, type(text, begin, words), begin, begin + name.length()));
        }
        return entities;
    }

    private static EntityType type(String text, int begin, String[] words) {
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        String previous = previousWord(text, begin);
        if (ORG_SUFFIXES.contains(last)) {
            return EntityType.ORGANIZATION;
        }
        if (TITLES.contains(previous.replace(".", ""))) {
            return EntityType.PERSON;
        }
        return PLACE_WORDS.contains(previous) ? EntityType.LOCATION : EntityType.OTHER;
    }

    private static String trimName(String name) {
        String trimmed = name.strip();
        while (!trimmed.isEmpty() && "'.-&".indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static boolean isAllCaps(String name) {
        return name.length() > 4 && name.equals(name.toUpperCase(Locale.ROOT)); // shouting, not a name
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
