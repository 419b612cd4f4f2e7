package io.touchpointhub.identity.match.block;

/** The dictionary-encoded records the blocker reads: per field, a code per record and the distinct values. */
public interface BlockingData {

    /** Number of records. */
    int size();

    /** Per record the index of its normalised value in {@link #values}, or -1 when it has none. */
    int[] codes(int field);

    /** The distinct normalised values of a field. */
    String[] values(int field);

    /** Per distinct value, how many records hold it. */
    int[] counts(int field);

    /** The index of the source a record came from. */
    int source(int record);
}
