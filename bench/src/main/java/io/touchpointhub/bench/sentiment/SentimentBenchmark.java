package io.touchpointhub.bench.sentiment;

import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.nlp.HubTextAnalyzer;
import io.touchpointhub.nlp.NlpSettings;
import io.touchpointhub.nlp.TextKind;
import io.touchpointhub.nlp.corenlp.CoreNlpPipeline;
import io.touchpointhub.nlp.corenlp.CoreNlpResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * The sentiment benchmark: accuracy of the hub's analyser and of CoreNLP alone on the human-labelled
 * sets, and their throughput, in one run. English sets are reported on the half not used for tuning;
 * Chinese sets are reported whole (nothing is tuned or trained on them). Run it with bench/sentiment.sh.
 */
public final class SentimentBenchmark {

    private SentimentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path data = options.data();
        List<EvalSet> sets = List.of(
                EvalSet.english(data.resolve("english/tweets_GroundTruth.txt"), "tweets", TextKind.SOCIAL),
                EvalSet.english(data.resolve("english/movieReviewSnippets_GroundTruth.txt"), "movie", TextKind.REVIEW),
                EvalSet.english(data.resolve("english/nytEditorialSnippets_GroundTruth.txt"), "nyt", TextKind.LONG_FORM),
                EvalSet.chinese(data.resolve("chinese/ChnSentiCorp_htl_all.csv"), "ChnSentiCorp"),
                EvalSet.chinese(data.resolve("chinese/waimai_10k.csv"), "waimai"));
        ForkJoinPool pool = new ForkJoinPool(options.threads());
        long loadStart = System.nanoTime();
        HubTextAnalyzer hub = new HubTextAnalyzer(NlpSettings.defaults());
        if (!hub.awaitCoreNlp()) {
            throw new IllegalStateException("CoreNLP did not load");
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        CoreNlpPipeline core = CoreNlpPipeline.load(); // shares the loaded annotators (CoreNLP pools them)
        long heapMb = Heap.usedAfterGc();
        System.out.printf("CoreNLP loaded in %.1f s; heap in use after GC %d MB%n", loadSeconds, heapMb);

        if (options.tune()) {
            Tuner.tune(sets, core, pool);
        }
        List<Report.Row> rows = accuracy(sets, hub, core, pool);
        Report.Speed speed = Throughput.measure(sets, hub, core, pool, options.runs());
        Report report = new Report(rows, speed, loadSeconds, heapMb, options);
        report.print();
        if (options.docs() != null) {
            report.write(options.docs());
        }
        pool.shutdown();
    }

    private static List<Report.Row> accuracy(List<EvalSet> sets, HubTextAnalyzer hub, CoreNlpPipeline core,
                                             ForkJoinPool pool) throws Exception {
        List<Report.Row> rows = new ArrayList<>();
        for (EvalSet set : sets) {
            List<EvalSet.Item> items = set.reported();
            Map<String, Scores> systems = new LinkedHashMap<>();
            systems.put("hub", score(items, pool, text -> hubPrediction(hub.analyze(text, set.kind()))));
            if (set.language().equals("en")) {
                systems.put("hub, kind unknown", score(items, pool, text -> hubPrediction(hub.analyze(text))));
                systems.put("hub lexicon layer only", score(items, pool,
                        text -> hubPrediction(hub.analyze(text, TextKind.SOCIAL))));
                systems.put("CoreNLP alone", score(items, pool, text -> corePrediction(core.analyze(text))));
            }
            rows.add(new Report.Row(set, systems));
            System.out.printf("%s done%n", set.name());
        }
        return rows;
    }

    static Scores score(List<EvalSet.Item> items, ForkJoinPool pool, Function<String, Scores.Prediction> predict)
            throws Exception {
        List<Scores.Prediction> predictions = pool.submit(() -> items.parallelStream()
                .map(item -> predict.apply(item.text())).toList()).get();
        return Scores.of(items, predictions);
    }

    static Scores.Prediction hubPrediction(TextAnalysis analysis) {
        return new Scores.Prediction(analysis.sentiment().label(), analysis.sentiment().score());
    }

    static Scores.Prediction corePrediction(CoreNlpResult result) {
        return new Scores.Prediction(result.label(), result.score());
    }
}
