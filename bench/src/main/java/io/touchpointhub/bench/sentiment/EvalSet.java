package io.touchpointhub.bench.sentiment;

import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.nlp.TextKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled evaluation set from {@code ../shared/datasets/sentiment} (read in place, never copied).
 * English: {@code id<TAB>mean rating<TAB>text}, gold positive if mean ≥ +0.5, negative if ≤ −0.5.
 * Chinese: CSV {@code label,review} with 1 positive, 0 negative.
 */
record EvalSet(String name, String language, TextKind kind, List<Item> items) {

    /** One text with its gold label; {@code tune} marks the fixed half used to choose thresholds. */
    record Item(String id, String text, SentimentLabel gold, boolean binaryGold, boolean tune) {
    }

    static EvalSet english(Path file, String name, TextKind kind) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.split("\t", 3);
            if (parts.length < 3) {
                continue;
            }
            double mean = Double.parseDouble(parts[1].trim());
            SentimentLabel gold = mean >= 0.5 ? SentimentLabel.POSITIVE
                    : mean <= -0.5 ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
            items.add(new Item(parts[0], parts[2], gold, Math.abs(mean) >= 0.5, tuneHalf(parts[0])));
        }
        return new EvalSet(name, "en", kind, items);
    }

    static EvalSet chinese(Path file, String name) throws IOException {
        List<Item> items = new ArrayList<>();
        String content = Files.readString(file, StandardCharsets.UTF_8);
        List<List<String>> rows = Csv.parse(content);
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 2 || row.get(1).isBlank()) {
                continue;
            }
            SentimentLabel gold = row.get(0).trim().equals("1") ? SentimentLabel.POSITIVE : SentimentLabel.NEGATIVE;
            items.add(new Item(String.valueOf(items.size()), row.get(1), gold, true, false));
        }
        return new EvalSet(name, "zh", TextKind.UNKNOWN, items);
    }

    /** A fixed half chosen by the id's hash, the same in every run and independent of the labels. */
    static boolean tuneHalf(String id) {
        int h = id.hashCode() * 0x9E3779B1;
        return (h >>> 31) == 0;
    }

    List<Item> tuning() {
        return items.stream().filter(Item::tune).toList();
    }

    /** The half that is reported: English sets were tuned on the other half; Chinese sets were not tuned. */
    List<Item> reported() {
        return language.equals("en") ? items.stream().filter(i -> !i.tune()).toList() : items;
    }
}
