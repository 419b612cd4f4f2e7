package io.touchpointhub.nlp.chinese;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.NamedEntity;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese segmentation with HanLP portable (Apache-2.0): Traditional is converted to Simplified first
 * (character for character, so offsets stay those of the original text), then segmented with HanLP's
 * person, place and organisation name recognisers.
 */
public final class ChineseText {

    private static volatile boolean customWordsAdded;

    private ChineseText() {
    }

    /** Simplified Chinese of the same length as the text (HanLP converts character by character). */
    public static String simplified(String text) {
        String converted = HanLP.convertToSimplifiedChinese(text);
        return converted.length() == text.length() ? converted : text;
    }

    /** The words of a Simplified Chinese text, each with its offset and HanLP part-of-speech tag. */
    public static List<Term> segment(String simplified) {
        Segment segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
        return segment.seg(simplified);
    }

    /** People (nr), places (ns) and organisations (nt) that HanLP recognised, as written in the original text. */
    public static List<NamedEntity> entities(List<Term> terms, String original) {
        List<NamedEntity> entities = new ArrayList<>();
        for (Term term : terms) {
            String tag = term.nature == null ? "" : term.nature.toString();
            EntityType type = tag.startsWith("nr") ? EntityType.PERSON
                    : tag.startsWith("ns") ? EntityType.LOCATION
                    : tag.startsWith("nt") ? EntityType.ORGANIZATION : null;
            if (type != null && term.word.length() > 1) {
                int end = Math.min(original.length(), term.offset + term.word.length());
                entities.add(new NamedEntity(original.substring(term.offset, end), type, term.offset, end));
            }
        }
        return entities;
    }

    /** Adds the sentiment words to HanLP's user dictionary once, so they come out of segmentation whole. */
    static void addWords(Iterable<String> words) {
        if (customWordsAdded) {
            return;
        }
        synchronized (ChineseText.class) {
            if (!customWordsAdded) {
                for (String word : words) {
                    if (word.length() > 1 && !CustomDictionary.contains(word)) {
                        CustomDictionary.add(word);
                    }
                }
                customWordsAdded = true;
            }
        }
    }
}
