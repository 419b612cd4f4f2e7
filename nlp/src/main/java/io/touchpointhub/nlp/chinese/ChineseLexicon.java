package io.touchpointhub.nlp.chinese;

import io.touchpointhub.nlp.NlpException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The hub's own Chinese sentiment words (written by hand from general review vocabulary, not derived
 * from any corpus) with the negations, degree adverbs and contrast words the rules need.
 */
final class ChineseLexicon {

    static final Set<String> NEGATIONS = Set.of("不", "没", "没有", "无", "非", "莫", "勿", "未", "别", "不是", "并不",
            "并非", "毫不", "从不", "从未", "绝不", "决不", "从没", "并没有", "不会", "不太", "不怎么", "不够", "不算", "不大",
            "没什么", "谈不上", "算不上", "称不上");

    static final Map<String, Double> DEGREES = Map.ofEntries(
            Map.entry("极", 2.0), Map.entry("极其", 2.0), Map.entry("极度", 2.0), Map.entry("极为", 2.0),
            Map.entry("超", 1.8), Map.entry("超级", 1.8), Map.entry("最", 1.8), Map.entry("太", 1.6),
            Map.entry("非常", 1.6), Map.entry("十分", 1.6), Map.entry("特别", 1.6), Map.entry("相当", 1.5),
            Map.entry("格外", 1.5), Map.entry("尤其", 1.5), Map.entry("实在", 1.4), Map.entry("真", 1.3),
            Map.entry("真的", 1.3), Map.entry("很", 1.3), Map.entry("挺", 1.2), Map.entry("蛮", 1.2),
            Map.entry("更", 1.2), Map.entry("更加", 1.3), Map.entry("好", 1.2), Map.entry("那么", 1.2),
            Map.entry("这么", 1.2), Map.entry("比较", 0.8), Map.entry("较", 0.8), Map.entry("还", 0.8),
            Map.entry("巨", 1.8), Map.entry("贼", 1.6), Map.entry("无比", 2.0), Map.entry("万分", 2.0),
            Map.entry("异常", 1.8), Map.entry("颇", 1.3), Map.entry("颇为", 1.3), Map.entry("过于", 1.6),
            Map.entry("有一点", 0.6), Map.entry("稍稍", 0.5), Map.entry("些许", 0.6),
            Map.entry("有点", 0.6), Map.entry("有点儿", 0.6), Map.entry("有些", 0.6), Map.entry("稍", 0.5),
            Map.entry("稍微", 0.5), Map.entry("略", 0.5), Map.entry("略微", 0.5), Map.entry("一点", 0.6));

    /** What follows these words outweighs what precedes them ("房间小，但是很干净"). */
    static final Set<String> CONTRASTS = Set.of("但", "但是", "可是", "不过", "然而", "只是", "却", "可惜");

    private final Map<String, Double> valences;

    private ChineseLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    static ChineseLexicon load() {
        try (InputStream in = ChineseLexicon.class.getResourceAsStream("zh_sentiment.txt")) {
            if (in == null) {
                throw new NlpException("The Chinese sentiment lexicon zh_sentiment.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, Double> valences = new HashMap<>();
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    valences.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1).trim()));
                }
            }
            return new ChineseLexicon(valences);
        } catch (IOException e) {
            throw new NlpException("Reading the Chinese sentiment lexicon failed", e);
        }
    }

    Double valence(String word) {
        return valences.get(word);
    }

    /** Words the segmenter must keep whole, so that "性价比高" is not cut into neutral pieces. */
    Set<String> words() {
        return valences.keySet();
    }
}
