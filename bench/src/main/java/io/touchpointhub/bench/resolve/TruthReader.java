package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one data set's ground truth, as its README describes it, into record indices. */
@FunctionalInterface
interface TruthReader {

    GroundTruth read(SourceRecords records, Path dataDir) throws IOException;

    Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)(-org|-dup-\\d+)");

    /** FEBRL: {@code rec-<N>-org} and {@code rec-<N>-dup-<k>} are the same person N. */
    static TruthReader febrl() {
        return entityFrom("rec_id", id -> {
            Matcher matcher = FEBRL_ID.matcher(id);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("not a FEBRL record id: " + id);
            }
            return matcher.group(1);
        });
    }

    /** Records with the same value of a label column (Splink's {@code cluster}) are the same entity. */
    static TruthReader entityColumn(String column) {
        return entityFrom(column, Function.identity());
    }

    /**
     * A label kept in a second file (PATSTAT's reference), joined on a key column: records whose keys map
     * to the same entity are the same entity.
     */
    static TruthReader joined(String keyColumn, String referenceFile, String referenceKey, String referenceEntity) {
        return (records, dataDir) -> {
            Table reference = Table.read(dataDir.resolve(referenceFile), java.nio.charset.StandardCharsets.UTF_8, ',', true);
            Map<String, String> entityOfKey = new HashMap<>();
            int key = reference.column(referenceKey);
            int entity = reference.column(referenceEntity);
            for (String[] row : reference.rows()) {
                if (entityOfKey.put(row[key], row[entity]) != null) {
                    throw new IllegalArgumentException(referenceFile + " lists key " + row[key] + " twice");
                }
            }
            return entityFrom(keyColumn, k -> {
                String e = entityOfKey.get(k);
                if (e == null) {
                    throw new IllegalArgumentException(referenceFile + " has no entity for key " + k);
                }
                return e;
            }).read(records, dataDir);
        };
    }

    /**
     * A perfect mapping: a file of (first source's key, second source's key) pairs, keys in {@code keyColumn}
     * of each source.
     */
    static TruthReader pairs(String file, Charset charset, char delimiter, boolean header, String keyColumn) {
        return (records, dataDir) -> PairMapping.read(records, dataDir.resolve(file), charset, delimiter, header, keyColumn);
    }

    private static TruthReader entityFrom(String column, Function<String, String> entityOfValue) {
        return (records, dataDir) -> {
            Map<String, Integer> numbers = new HashMap<>();
            int[] entity = new int[records.size()];
            for (int r = 0; r < entity.length; r++) {
                String value = records.value(r, column);
                if (value == null || value.isEmpty()) {
                    throw new IllegalArgumentException("record " + r + " has no " + column);
                }
                entity[r] = numbers.computeIfAbsent(entityOfValue.apply(value), e -> numbers.size());
            }
            return new GroundTruth.Entities(entity);
        };
    }
}
