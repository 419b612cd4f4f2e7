package io.touchpointhub.bench.sentiment;

import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.TextKind;
import io.touchpointhub.nlp.corenlp.CoreNlpPipeline;
import io.touchpointhub.nlp.sentiment.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Chooses the thresholds and blend weight of {@code SentimentTuning} by grid search on the tuning halves
 * of the English sets only (tweets for the lexicon layer; movie and NYT snippets for the blend), and
 * prints them. The halves reported are never looked at here.
 */
final class Tuner {

    private Tuner() {
    }

    static void tune(List<EvalSet> sets, HubTextAnalyzer hub, CoreNlpPipeline core, ForkJoinPool pool) throws Exception {
        List<double[]> tweets = features(sets.get(0).tuning(), hub, core, pool, false);
        List<List<double[]>> longForm = List.of(features(sets.get(1).tuning(), hub, core, pool, true),
                features(sets.get(2).tuning(), hub, core, pool, true));
        double[] lexicon = bestBands(List.of(tweets), 0.0, List.of(sets.get(0).tuning()));
        System.out.printf("tuned lexicon bands on tweets: negative below %.3f, positive above %.3f (macro-F1 %.3f)%n",
                lexicon[0], lexicon[1], lexicon[2]);
        double[] best = {0, 0, 0, -1};
        for (int step = 0; step <= 20; step++) {
            double w = step / 20.0;
            double[] bands = bestBands(longForm, w, List.of(sets.get(1).tuning(), sets.get(2).tuning()));
            if (bands[2] > best[3]) {
                best = new double[] {w, bands[0], bands[1], bands[2]};
            }
        }
        System.out.printf("tuned blend on movie+nyt: weight of CoreNLP %.2f, negative below %.3f, positive above %.3f"
                + " (mean macro-F1 %.3f)%n", best[0], best[1], best[2], best[3]);
    }

    /** Per item: lexicon score, CoreNLP score. */
    private static List<double[]> features(List<EvalSet.Item> items, HubTextAnalyzer hub, CoreNlpPipeline core,
                                           ForkJoinPool pool, boolean withCore) throws Exception {
        return pool.submit(() -> items.parallelStream().map(item -> new double[] {
                hub.analyze(item.text(), TextKind.SOCIAL).sentiment().score(),
                withCore ? core.analyze(item.text()).score() : 0}).toList()).get();
    }

    /** The bands maximising the mean macro-F1 over the given sets at blend weight w: {neg, pos, f1}. */
    private static double[] bestBands(List<List<double[]>> features, double w, List<List<EvalSet.Item>> items) {
        double[] best = {0, 0, -1};
        for (int n = 0; n <= 40; n++) {
            for (int p = 0; p <= 40; p++) {
                double negative = -n * 0.0125;
                double positive = p * 0.0125;
                double f1 = 0;
                for (int s = 0; s < features.size(); s++) {
                    f1 += macroF1(features.get(s), items.get(s), w, negative, positive);
                }
                f1 /= features.size();
                if (f1 > best[2]) {
                    best = new double[] {negative, positive, f1};
                }
            }
        }
        return best;
    }

    private static double macroF1(List<double[]> features, List<EvalSet.Item> items, double w, double negative,
                                  double positive) {
        List<Scores.Prediction> predictions = new ArrayList<>(features.size());
        for (double[] f : features) {
            double score = w * f[1] + (1 - w) * f[0];
            SentimentLabel label = Polarity.label(score, negative, positive);
            predictions.add(new Scores.Prediction(label, score));
        }
        return Scores.of(items, predictions).macroF1();
    }
}
