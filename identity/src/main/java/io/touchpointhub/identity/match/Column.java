package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.compare.FieldComparator;

/**
 * One field of a {@link RecordTable}, dictionary-encoded: a code per record (-1 = missing) into the
 * distinct normalised values, their record counts, and the comparator's prepared form of each.
 */
public final class Column {

    private final FieldSpec spec;
    private final FieldComparator comparator;
    private final int[] codes;
    private final String[] values;
    private final int[] counts;
    private final Object[] prepared;
    private final int present;

    Column(FieldSpec spec, FieldComparator comparator, int[] codes, String[] values, int[] counts, Object[] prepared) {
        this.spec = spec;
        this.comparator = comparator;
        this.codes = codes;
        this.values = values;
        this.counts = counts;
        this.prepared = prepared;
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        this.present = sum;
    }

    public FieldSpec spec() {
        return spec;
    }

    public FieldComparator comparator() {
        return comparator;
    }

    /** The code of a record's value, or -1 when it has none. */
    public int code(int record) {
        return codes[record];
    }

    int[] codes() {
        return codes;
    }

    String[] values() {
        return values;
    }

    int[] counts() {
        return counts;
    }

    /** The normalised value of a record, or null. */
    public String value(int record) {
        int code = codes[record];
        return code < 0 ? null : values[code];
    }

    Object prepared(int code) {
        return prepared[code];
    }

    /** Share of the records holding a value that hold this one (the term frequency). */
    public double frequency(int code) {
        return present == 0 ? 0 : (double) counts[code] / present;
    }

    /** Records that hold a value. */
    public int present() {
        return present;
    }

    /** Distinct values. */
    public int distinct() {
        return values.length;
    }

    /** The comparator's continuous similarity of two records that both hold a value. */
    double similarity(int a, int b) {
        int x = codes[a];
        int y = codes[b];
        return x == y ? 1.0 : comparator.similarity(prepared[x], prepared[y]);
    }

    /**
     * The comparison level of two records: 0 for equal values, the comparator's level otherwise, and
     * -1 when either is missing.
     */
    public int level(int a, int b) {
        return levelOfCodes(codes[a], codes[b]);
    }

    /** The comparison level of two value codes (-1 for a missing value). */
    int levelOfCodes(int x, int y) {
        if (x < 0 || y < 0) {
            return -1;
        }
        return x == y ? 0 : comparator.compare(prepared[x], prepared[y]);
    }
}
