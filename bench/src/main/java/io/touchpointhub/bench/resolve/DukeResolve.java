package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.priv.garshol.duke.ConfigLoader;
import no.priv.garshol.duke.Configuration;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.datasources.CSVDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Duke 1.2 behind the same command line and output as {@code resolve}, so the harness runs, times and
 * scores it exactly like the hub:
 * {@code DukeResolve --input input.csv --config duke.xml --output clusters.csv [--threads N]}.
 *
 * <p>The configuration is Duke's own XML (schema, comparators, thresholds, CSV columns and cleaners); its
 * CSV data sources are fed the prepared input here: all rows for deduplication, or each source's rows to
 * its group for linkage (group 1 = the first source in the file). Duke reports matching pairs; as a Duke
 * user would, the pairs are closed transitively into clusters. Linkage keeps only each record's best
 * match, Duke's mode for 1:1 linkage. {@code match_weight} is log2 of Duke's odds, which is the Bayes
 * factor under its even prior.
 */
public final class DukeResolve {

    private DukeResolve() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (!options.keySet().containsAll(List.of("--input", "--config", "--output"))) {
            System.err.println("usage: DukeResolve --input FILE --config DUKE.xml --output FILE [--threads N]");
            System.exit(2);
        }
        run(Path.of(options.get("--input")), Path.of(options.get("--config")), Path.of(options.get("--output")),
                Integer.parseInt(options.getOrDefault("--threads", "1")));
    }

    static void run(Path inputFile, Path configFile, Path output, int threads) throws Exception {
        long start = System.nanoTime();
        Table input = Table.read(inputFile, StandardCharsets.UTF_8, ',', true);
        Configuration config = ConfigLoader.load(configFile.toUri().toString());
        int id = input.column(Preparation.ID);
        List<String> ids = input.rows().stream().map(r -> r[id]).toList();
        Map<String, Integer> row = new HashMap<>();
        ids.forEach(i -> row.put(i, row.size()));
        Clusters clusters = new Clusters(ids.size());
        Processor processor = new Processor(config, true);
        processor.setThreads(threads);
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                clusters.link(row.get(r1.getValue("ID")), row.get(r2.getValue("ID")), confidence);
            }
        });
        if (config.isDeduplicationMode()) {
            feed(config.getDataSources(), input, null);
            processor.deduplicate();
        } else {
            List<String> sources = sources(input);
            feed(config.getDataSources(1), input, sources.get(0));
            feed(config.getDataSources(2), input, sources.get(1));
            processor.link(config.getDataSources(1), config.getDataSources(2), false, 40_000);
        }
        long compared = processor.getComparisonCount();
        processor.close();
        clusters.write(output, ids);
        System.err.printf(Locale.ROOT, "duke: %,d records, %,d candidate pairs compared, %,d links, %.1f s%n",
                ids.size(), compared, clusters.links(), (System.nanoTime() - start) / 1e9);
    }

    private static List<String> sources(Table input) {
        int column = input.column(Preparation.SOURCE);
        List<String> sources = new ArrayList<>(new LinkedHashSet<>(input.rows().stream().map(r -> r[column]).toList()));
        if (sources.size() != 2) {
            throw new IllegalArgumentException("Duke links exactly two sources, the input has " + sources.size());
        }
        return sources;
    }

    /** Gives each CSV data source the rows (of one source, or all) as CSV text with the input's header. */
    private static void feed(Collection<DataSource> dataSources, Table input, String source) throws IOException {
        int column = source == null ? -1 : input.column(Preparation.SOURCE);
        StringWriter text = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            out.printRecord(input.header());
            for (String[] values : input.rows()) {
                if (source == null || values[column].equals(source)) {
                    out.printRecord((Object[]) values);
                }
            }
        }
        for (DataSource dataSource : dataSources) {
            ((CSVDataSource) dataSource).setReader(new StringReader(text.toString()));
        }
    }

    /** Union-find over row numbers; the representative is the cluster's first row in input order. */
    private static final class Clusters {

        private final int[] parent;
        private final double[] weight;
        private int links;

        Clusters(int size) {
            parent = new int[size];
            weight = new double[size];
            for (int i = 0; i < size; i++) {
                parent[i] = i;
                weight[i] = Double.NaN;
            }
        }

        void link(int a, int b, double confidence) {
            links++;
            double bits = Math.log(confidence / Math.max(1e-12, 1 - confidence)) / Math.log(2);
            for (int r : new int[] {a, b}) {
                if (Double.isNaN(weight[r]) || bits > weight[r]) {
                    weight[r] = bits;
                }
            }
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }

        int links() {
            return links;
        }

        int find(int r) {
            while (parent[r] != r) {
                parent[r] = parent[parent[r]];
                r = parent[r];
            }
            return r;
        }

        void write(Path output, List<String> ids) throws IOException {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                 CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
                out.printRecord(ClusterFile.HEADER);
                for (int r = 0; r < ids.size(); r++) {
                    // a record no link touched is alone: empty weight, as the contract asks
                    out.printRecord(ids.get(r), ids.get(find(r)),
                            Double.isNaN(weight[r]) ? "" : String.format(Locale.ROOT, "%.2f", weight[r]));
                }
            }
        }
    }
}
