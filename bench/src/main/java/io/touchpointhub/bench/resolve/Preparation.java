package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a data set as the resolver's input. Ids become opaque and labels are withheld, so nothing but
 * the data can tell the resolver which records match (Abt-Buy's dedupe copy, for one, gives matching
 * records the same {@code unique_id}; historical_50k's ids embed the Wikidata entity). Linkage sources
 * are concatenated with a {@code source} column, as the contract allows. The encoding and delimiter stay
 * the data set's own, so the mapping's {@code encoding} and {@code delimiter} are exercised.
 */
final class Preparation {

    static final String ID = "id";
    static final String SOURCE = "source";

    private Preparation() {
    }

    static Prepared prepare(Dataset dataset, Path dataDir, Path workDir) throws IOException {
        List<Table> tables = new ArrayList<>();
        for (SourceFile file : dataset.files()) {
            tables.add(Table.read(dataDir.resolve(file.file()), file.charset(), file.delimiter(), true));
        }
        List<String> header = tables.get(0).header();
        if (tables.stream().anyMatch(t -> !t.header().equals(header))) {
            throw new IllegalStateException(dataset.name() + ": the sources have different columns");
        }
        List<String> kept = header.stream().filter(c -> !dataset.withheld().contains(c)).toList();
        if (kept.contains(ID) || kept.contains(SOURCE)) {
            throw new IllegalStateException(dataset.name() + ": a kept column is named " + ID + " or " + SOURCE);
        }
        Path dir = Files.createDirectories(workDir.resolve(dataset.name()));
        List<String> sourceNames = dataset.files().stream().map(SourceFile::source).toList();
        boolean linkage = dataset.task() == Task.LINKAGE;
        int records = tables.stream().mapToInt(t -> t.rows().size()).sum();
        String[] ids = new String[records];
        int[] sources = linkage ? new int[records] : null;
        Path input = writeInput(dataset.files().get(0), dir.resolve("input.csv"), tables, kept, sourceNames, ids, sources);
        GroundTruth truth = dataset.truth().read(new SourceRecords(tables), dataDir);
        return checked(new Prepared(dataset.name(), dataset.task(), input, ids, sources, truth,
                countTruePairs(truth, sources, records), sourceNames), dataset.expectedTruePairs(), dir);
    }

    /** Fills {@code ids} (and {@code sources} for linkage) while writing the rows in the first file's dialect. */
    private static Path writeInput(SourceFile dialect, Path input, List<Table> tables, List<String> kept,
                                   List<String> sourceNames, String[] ids, int[] sources) throws IOException {
        List<String> header = tables.get(0).header();
        int[] keptIndex = kept.stream().mapToInt(header::indexOf).toArray();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(dialect.delimiter()).get();
        try (Writer writer = Files.newBufferedWriter(input, dialect.charset()); CSVPrinter out = new CSVPrinter(writer, format)) {
            List<String> outHeader = new ArrayList<>(List.of(ID));
            if (sources != null) {
                outHeader.add(SOURCE);
            }
            outHeader.addAll(kept);
            out.printRecord(outHeader);
            int record = 0;
            for (int s = 0; s < tables.size(); s++) {
                int row = 0;
                for (String[] values : tables.get(s).rows()) {
                    ids[record] = sources != null ? sourceNames.get(s) + "-" + ++row : "r" + ++row;
                    List<String> line = new ArrayList<>(outHeader.size());
                    line.add(ids[record]);
                    if (sources != null) {
                        sources[record] = s;
                        line.add(sourceNames.get(s));
                    }
                    IntStream.of(keptIndex).forEach(i -> line.add(values[i]));
                    out.printRecord(line);
                    record++;
                }
            }
        }
        return input;
    }

    /** True pairs under the task's convention: the score of a clustering that predicts nothing. */
    static long countTruePairs(GroundTruth truth, int[] sources, int records) {
        return PairwiseScorer.score(IntStream.range(0, records).toArray(), truth, sources).truePairs();
    }

    private static Prepared checked(Prepared prepared, long expected, Path dir) throws IOException {
        if (expected > 0 && prepared.truePairs() != expected) {
            throw new IllegalStateException(prepared.name() + ": the ground truth gives " + prepared.truePairs()
                    + " true pairs, the datasets README says " + expected);
        }
        writeTruth(prepared, dir.resolve("truth.csv"));
        return prepared;
    }

    /** For looking into a result by hand: which prepared ids belong together. Never given to the resolver. */
    static void writeTruth(Prepared prepared, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            String[] ids = prepared.ids();
            if (prepared.truth() instanceof GroundTruth.Entities entities) {
                out.printRecord(ID, "entity");
                for (int r = 0; r < ids.length; r++) {
                    out.printRecord(ids[r], entities.entityOfRecord()[r]);
                }
            } else {
                GroundTruth.Pairs pairs = (GroundTruth.Pairs) prepared.truth();
                out.printRecord("left", "right");
                for (int i = 0; i < pairs.size(); i++) {
                    out.printRecord(ids[pairs.left()[i]], ids[pairs.right()[i]]);
                }
            }
        }
    }
}
