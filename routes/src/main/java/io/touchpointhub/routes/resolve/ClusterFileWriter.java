package io.touchpointhub.routes.resolve;

import io.touchpointhub.identity.match.RecordTable;
import io.touchpointhub.identity.match.Resolution;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code id,cluster_id,match_weight}, one row per input row in input order (RFC 4180, UTF-8).
 * When ids repeat across sources (two files numbered from 0), a cluster id is written as
 * {@code <source>:<id>} so that it still names exactly one record.
 */
final class ClusterFileWriter {

    private ClusterFileWriter() {
    }

    static void write(Path output, Resolution resolution) {
        RecordTable table = resolution.table();
        boolean qualify = idsRepeatAcrossSources(table);
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader("id", "cluster_id", "match_weight").get();
        try (BufferedWriter writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, format)) {
            for (int record = 0; record < table.size(); record++) {
                int representative = resolution.clusterOf(record);
                String cluster = qualify
                        ? table.sourceNames().get(table.source(representative)) + ":" + table.id(representative)
                        : table.id(representative);
                double weight = resolution.matchWeight(record);
                printer.printRecord(table.id(record), cluster, Double.isNaN(weight) ? "" : format(weight));
            }
        } catch (IOException e) {
            throw new BadInputException(output + ": cannot be written (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static boolean idsRepeatAcrossSources(RecordTable table) {
        if (table.sourceNames().size() < 2) {
            return false;
        }
        Map<String, Integer> sourceOfId = new HashMap<>();
        for (int record = 0; record < table.size(); record++) {
            Integer previous = sourceOfId.putIfAbsent(table.id(record), table.source(record));
            if (previous != null && previous != table.source(record)) {
                return true;
            }
        }
        return false;
    }

    /** Four decimals without a locale or an exponent. */
    private static String format(double weight) {
        long scaled = Math.round(weight * 10_000);
        String sign = scaled < 0 ? "-" : "";
        long abs = Math.abs(scaled);
        String fraction = Long.toString(abs % 10_000);
        return sign + abs / 10_000 + "." + "0000".substring(fraction.length()) + fraction;
    }
}
