package io.touchpointhub.bench.sentiment;

import io.touchpointhub.model.SentimentLabel;
import java.util.List;

/**
 * 3-class accuracy and macro-F1 over all texts, binary accuracy over texts whose gold is not neutral
 * (a score of exactly 0 counts as wrong), as the dataset README prescribes.
 */
record Scores(int n, double accuracy, double macroF1, double binaryAccuracy, int binaryN) {

    /** One prediction: label and score. */
    record Prediction(SentimentLabel label, double score) {
    }

    static Scores of(List<EvalSet.Item> items, List<Prediction> predictions) {
        int[][] confusion = new int[3][3];
        int binaryN = 0;
        int binaryRight = 0;
        for (int i = 0; i < items.size(); i++) {
            EvalSet.Item item = items.get(i);
            Prediction p = predictions.get(i);
            confusion[item.gold().ordinal()][p.label().ordinal()]++;
            if (item.binaryGold()) {
                binaryN++;
                boolean positive = item.gold() == SentimentLabel.POSITIVE;
                if (p.score() != 0 && (p.score() > 0) == positive) {
                    binaryRight++;
                }
            }
        }
        return new Scores(items.size(), accuracy(confusion), macroF1(confusion, items),
                binaryN == 0 ? 0 : binaryRight / (double) binaryN, binaryN);
    }

    private static double accuracy(int[][] confusion) {
        int right = 0;
        int all = 0;
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
                all += confusion[g][p];
                right += g == p ? confusion[g][p] : 0;
            }
        }
        return all == 0 ? 0 : right / (double) all;
    }

    /** Mean F1 over the classes present in the gold labels (the Chinese sets have no neutral class). */
    private static double macroF1(int[][] confusion, List<EvalSet.Item> items) {
        double sum = 0;
        int classes = 0;
        for (int c = 0; c < 3; c++) {
            final int cls = c;
            if (items.stream().noneMatch(i -> i.gold().ordinal() == cls)) {
                continue;
            }
            int tp = confusion[c][c];
            int predicted = confusion[0][c] + confusion[1][c] + confusion[2][c];
            int actual = confusion[c][0] + confusion[c][1] + confusion[c][2];
            double precision = predicted == 0 ? 0 : tp / (double) predicted;
            double recall = actual == 0 ? 0 : tp / (double) actual;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            classes++;
        }
        return classes == 0 ? 0 : sum / classes;
    }
}
