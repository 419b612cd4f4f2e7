package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.BlockingData;
import io.touchpointhub.identity.match.em.Patterns;
import java.util.List;

/**
 * The records of one resolution, column by column and dictionary-encoded: per record an id, a source
 * and one int per field, so a million records with a dozen fields fit in a few hundred megabytes.
 * Built by {@link RecordTableBuilder}; immutable and thread-safe afterwards.
 */
public final class RecordTable implements BlockingData {

    private final List<FieldSpec> fields;
    private final Column[] columns;
    private final String[] ids;
    private final int[] sources;
    private final List<String> sourceNames;
    /** All codes of a record side by side: comparing a pair touches two cache lines, not two per field. */
    private final int[] rows;

    RecordTable(List<FieldSpec> fields, Column[] columns, String[] ids, int[] sources, List<String> sourceNames) {
        this.fields = List.copyOf(fields);
        this.columns = columns;
        int width = columns.length;
        this.rows = new int[ids.length * width];
        for (int f = 0; f < width; f++) {
            int[] codes = columns[f].codes();
            for (int r = 0; r < ids.length; r++) {
                rows[r * width + f] = codes[r];
            }
        }
        this.ids = ids;
        this.sources = sources;
        this.sourceNames = List.copyOf(sourceNames);
    }

    public static RecordTableBuilder builder(List<FieldSpec> fields, MatchSettings settings) {
        return new RecordTableBuilder(fields, settings);
    }

    /** The compared fields, in column order. */
    public List<FieldSpec> fields() {
        return fields;
    }

    public Column column(int field) {
        return columns[field];
    }

    @Override
    public int size() {
        return ids.length;
    }

    public String id(int record) {
        return ids[record];
    }

    @Override
    public int source(int record) {
        return sources[record];
    }

    public List<String> sourceNames() {
        return sourceNames;
    }

    /** The comparison pattern of two records: each field's level, or missing (see {@link Patterns}). */
    public long pattern(int a, int b) {
        int width = columns.length;
        long pattern = 0;
        for (int f = 0, ra = a * width, rb = b * width; f < width; f++) {
            pattern = Patterns.with(pattern, f, columns[f].levelOfCodes(rows[ra + f], rows[rb + f]));
        }
        return pattern;
    }

    /** Number of levels of each field's comparator. */
    public int[] levelCounts() {
        int[] levels = new int[columns.length];
        for (int f = 0; f < columns.length; f++) {
            levels[f] = columns[f].comparator().levels().size();
        }
        return levels;
    }

    /** How many pairs the link mode allows: all pairs, or only pairs across sources. */
    public long pairCount(LinkMode mode) {
        long n = size();
        if (mode == LinkMode.DEDUPE) {
            return n * (n - 1) / 2;
        }
        long same = 0;
        for (long s : sourceSizes()) {
            same += s * (s - 1) / 2;
        }
        return n * (n - 1) / 2 - same;
    }

    /** How many records came from each source. */
    public long[] sourceSizes() {
        long[] sizes = new long[sourceNames.size()];
        for (int source : sources) {
            sizes[source]++;
        }
        return sizes;
    }

    @Override
    public int[] codes(int field) {
        return columns[field].codes();
    }

    @Override
    public String[] values(int field) {
        return columns[field].values();
    }

    @Override
    public int[] counts(int field) {
        return columns[field].counts();
    }
}
