package io.touchpointhub.bench.sentiment;

import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.nlp.corenlp.CoreNlpPipeline;
import io.touchpointhub.nlp.sentiment.EnglishSentiment;
import io.touchpointhub.nlp.sentiment.Polarity;
import io.touchpointhub.nlp.sentiment.SentimentTuning;
import io.touchpointhub.nlp.sentiment.VaderLexicon;
import io.touchpointhub.nlp.sentiment.VaderSentiment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Chooses the numbers of {@code SentimentTuning} by grid search on the tuning halves of the English sets
 * only, and prints them: the lexicon bands on the tweets, the review blend (weight of CoreNLP in steps of
 * 0.05, bands in steps of 0.0125) on the movie-review snippets, the long-form blend on the NYT snippets.
 * Each is the arg-max of macro-F1 on its tuning half; the halves reported are never looked at here.
 */
final class Tuner {

    private Tuner() {
    }

    static void tune(List<EvalSet> sets, CoreNlpPipeline core, ForkJoinPool pool) throws Exception {
        List<EvalSet.Item> tweets = sets.get(0).tuning();
        double[] lexicon = bestBands(features(tweets, pool, core, false), tweets, 0.0);
        System.out.printf("tuned lexicon bands on tweets: negative below %.4f, positive above %.4f (macro-F1 %.4f)%n",
                lexicon[0], lexicon[1], lexicon[2]);
        for (int s = 1; s <= 2; s++) {
            List<EvalSet.Item> items = sets.get(s).tuning();
            List<double[]> features = features(items, pool, core, true);
            double[] best = {0, 0, 0, -1};
            for (int step = 0; step <= 20; step++) {
                double[] bands = bestBands(features, items, step / 20.0);
                if (bands[2] > best[3]) {
                    best = new double[] {step / 20.0, bands[0], bands[1], bands[2]};
                }
            }
            System.out.printf("tuned %s blend on %s: weight of CoreNLP %.2f, negative below %.4f, positive above %.4f"
                    + " (macro-F1 %.4f)%n", s == 1 ? "review" : "long-form", sets.get(s).name(), best[0], best[1],
                    best[2], best[3]);
        }
    }

    /** Per item: the lexicon score (as for a social post, or as in a blend), CoreNLP's score for a blend. */
    private static List<double[]> features(List<EvalSet.Item> items, ForkJoinPool pool, CoreNlpPipeline core,
                                           boolean blend) throws Exception {
        EnglishSentiment english = new EnglishSentiment(new VaderSentiment(VaderLexicon.load()), SentimentTuning.DEFAULT);
        return pool.submit(() -> items.parallelStream().map(item -> new double[] {
                english.lexicon(item.text(), blend).score(),
                blend ? core.analyze(item.text()).score() : 0}).toList()).get();
    }

    /** The bands maximising macro-F1 at blend weight w: {negative below, positive above, macro-F1}. */
    private static double[] bestBands(List<double[]> features, List<EvalSet.Item> items, double w) {
        double[] best = {0, 0, -1};
        for (int n = 0; n <= 40; n++) {
            for (int p = 0; p <= 40; p++) {
                double f1 = macroF1(features, items, new SentimentTuning.Blend(w, -n * 0.0125, p * 0.0125));
                if (f1 > best[2]) {
                    best = new double[] {-n * 0.0125, p * 0.0125, f1};
                }
            }
        }
        return best;
    }

    private static double macroF1(List<double[]> features, List<EvalSet.Item> items, SentimentTuning.Blend blend) {
        List<Scores.Prediction> predictions = new ArrayList<>(features.size());
        for (double[] f : features) {
            double score = EnglishSentiment.mix(blend, f[1], f[0]);
            SentimentLabel label = Polarity.label(score, blend.negative(), blend.positive());
            predictions.add(new Scores.Prediction(label, score));
        }
        return Scores.of(items, predictions).macroF1();
    }
}
