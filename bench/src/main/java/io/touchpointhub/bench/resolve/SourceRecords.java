package io.touchpointhub.bench.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The records of a data set's files as published, in prepared-input order (file by file, row by row), with
 * their original columns, ids and labels: what the ground-truth readers see and the resolver never does.
 */
final class SourceRecords {

    private final List<Table> tables;
    private final int[] offsets;

    SourceRecords(List<Table> tables) {
        this.tables = List.copyOf(tables);
        this.offsets = new int[tables.size() + 1];
        for (int i = 0; i < tables.size(); i++) {
            offsets[i + 1] = offsets[i] + tables.get(i).rows().size();
        }
    }

    int size() {
        return offsets[tables.size()];
    }

    int sourceCount() {
        return tables.size();
    }

    int source(int record) {
        for (int s = 0; s < tables.size(); s++) {
            if (record < offsets[s + 1]) {
                return s;
            }
        }
        throw new IndexOutOfBoundsException(record);
    }

    /** The record's original value of a column; every source of a data set has the same columns. */
    String value(int record, String column) {
        int s = source(record);
        Table table = tables.get(s);
        return table.rows().get(record - offsets[s])[table.column(column)];
    }

    /** The record index of each row of one source, for readers that address records by source and key. */
    List<Integer> recordsOf(int source) {
        List<Integer> records = new ArrayList<>();
        for (int r = offsets[source]; r < offsets[source + 1]; r++) {
            records.add(r);
        }
        return records;
    }
}
