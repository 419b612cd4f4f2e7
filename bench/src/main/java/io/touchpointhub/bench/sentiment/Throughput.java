package io.touchpointhub.bench.sentiment;

import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.TextKind;
import io.touchpointhub.nlp.corenlp.CoreNlpPipeline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;

/**
 * Texts per second on the configured threads, the median of several timed passes after one untimed
 * warm-up pass: the hub on all tweets, CoreNLP alone on the first tweets, the hub on long-form movie
 * snippets and on Chinese hotel reviews.
 */
final class Throughput {

    static final int CORENLP_SAMPLE = 500;

    private Throughput() {
    }

    static Report.Speed measure(List<EvalSet> sets, HubTextAnalyzer hub, CoreNlpPipeline core, ForkJoinPool pool,
                                int runs) throws Exception {
        List<String> tweets = texts(sets.get(0), Integer.MAX_VALUE);
        List<String> tweetSample = tweets.subList(0, CORENLP_SAMPLE);
        List<String> movies = texts(sets.get(1), CORENLP_SAMPLE);
        List<String> chinese = texts(sets.get(3), 2_000);
        double hubTweets = median(tweets, pool, runs, t -> hub.analyze(t, TextKind.SOCIAL));
        double hubTweetsAuto = median(tweets, pool, runs, hub::analyze);
        double coreTweets = median(tweetSample, pool, runs, core::analyze);
        double hubMovies = median(movies, pool, runs, t -> hub.analyze(t, TextKind.REVIEW));
        double hubChinese = median(chinese, pool, runs, hub::analyze);
        return new Report.Speed(pool.getParallelism(), runs, tweets.size(), hubTweets, hubTweetsAuto,
                tweetSample.size(), coreTweets, movies.size(), hubMovies, chinese.size(), hubChinese);
    }

    private static List<String> texts(EvalSet set, int limit) {
        return set.items().stream().limit(limit).map(EvalSet.Item::text).toList();
    }

    private static double median(List<String> texts, ForkJoinPool pool, int runs, Consumer<String> analyze)
            throws Exception {
        pool.submit(() -> texts.parallelStream().forEach(analyze)).get(); // warm-up, untimed
        List<Double> rates = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            pool.submit(() -> texts.parallelStream().forEach(analyze)).get();
            rates.add(texts.size() / ((System.nanoTime() - start) / 1e9));
        }
        Collections.sort(rates);
        return rates.get(rates.size() / 2);
    }
}
