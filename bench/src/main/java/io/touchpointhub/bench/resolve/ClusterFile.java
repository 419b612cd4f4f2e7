package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a resolver's {@code clusters.csv} and checks it against the contract: header
 * {@code id,cluster_id,match_weight}, exactly one row per input row in input order, every cluster id the
 * id of an input record. A violation fails the run with what was wrong, never with a guess at the score.
 */
final class ClusterFile {

    static final List<String> HEADER = List.of("id", "cluster_id", "match_weight");

    private ClusterFile() {
    }

    /** Thrown when the output breaks the contract. */
    static final class ContractViolation extends Exception {
        ContractViolation(String message) {
            super(message);
        }
    }

    /** @return the cluster of each record, as the record index of its representative */
    static int[] read(Path file, String[] ids) throws IOException, ContractViolation {
        Map<String, Integer> index = new HashMap<>(ids.length * 2);
        for (int i = 0; i < ids.length; i++) {
            index.put(ids[i], i);
        }
        int[] cluster = new int[ids.length];
        int row = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() == 1) {
                    if (!record.toList().equals(HEADER)) {
                        throw new ContractViolation("header is " + record.toList() + ", not " + HEADER);
                    }
                    continue;
                }
                if (row >= ids.length) {
                    throw new ContractViolation("more rows than the " + ids.length + " input rows");
                }
                if (record.size() != HEADER.size() || !record.get(0).equals(ids[row])) {
                    throw new ContractViolation("row " + (row + 1) + " is not input row " + (row + 1) + " (id "
                            + ids[row] + "): one row per input row, in input order");
                }
                Integer representative = index.get(record.get(1));
                if (representative == null) {
                    throw new ContractViolation("row " + (row + 1) + ": cluster_id is not the id of an input record");
                }
                cluster[row++] = representative;
            }
        }
        if (row != ids.length) {
            throw new ContractViolation(row + " rows for " + ids.length + " input rows");
        }
        return cluster;
    }
}
