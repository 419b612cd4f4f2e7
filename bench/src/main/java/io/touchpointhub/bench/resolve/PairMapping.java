package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A perfect-mapping file turned into record pairs of the two sources. */
final class PairMapping {

    private PairMapping() {
    }

    static GroundTruth.Pairs read(SourceRecords records, Path file, Charset charset, char delimiter, boolean header,
                                  String keyColumn) throws IOException {
        if (records.sourceCount() != 2) {
            throw new IllegalArgumentException("a pair mapping links exactly two sources, not " + records.sourceCount());
        }
        Map<String, Integer> first = recordOfKey(records, 0, keyColumn);
        Map<String, Integer> second = recordOfKey(records, 1, keyColumn);
        List<String[]> rows = Table.read(file, charset, delimiter, header).rows();
        Set<String> seen = new HashSet<>();
        int[] left = new int[rows.size()];
        int[] right = new int[rows.size()];
        int pairs = 0;
        for (String[] row : rows) {
            if (!seen.add(row[0] + '\u0000' + row[1])) {
                continue; // a repeated line states the same pair once more
            }
            left[pairs] = lookUp(first, row[0], file);
            right[pairs] = lookUp(second, row[1], file);
            pairs++;
        }
        return new GroundTruth.Pairs(java.util.Arrays.copyOf(left, pairs), java.util.Arrays.copyOf(right, pairs));
    }

    private static Map<String, Integer> recordOfKey(SourceRecords records, int source, String keyColumn) {
        Map<String, Integer> index = new HashMap<>();
        for (int record : records.recordsOf(source)) {
            if (index.put(records.value(record, keyColumn), record) != null) {
                throw new IllegalArgumentException("key " + records.value(record, keyColumn) + " is not unique in source " + source);
            }
        }
        return index;
    }

    private static int lookUp(Map<String, Integer> index, String key, Path file) {
        Integer record = index.get(key);
        if (record == null) {
            throw new IllegalArgumentException(file.getFileName() + " names key " + key + ", which no record has");
        }
        return record;
    }
}
