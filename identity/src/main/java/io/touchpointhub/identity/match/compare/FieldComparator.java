package io.touchpointhub.identity.match.compare;

import java.util.List;

/**
 * Compares two normalised, non-missing values of one field and answers a comparison level: 0 is
 * "exact" (equal normalised values always get it, without calling {@link #compare}), the last level
 * is "different". A missing value is not a level of the comparator; the model gives it weight 0.
 * Implementations are immutable once {@link #prepareAll} has run, and thread-safe.
 */
public interface FieldComparator {

    /** Level names, strongest agreement first; at most 15. */
    List<String> levels();

    /**
     * Prepares every distinct value of the field once (parsing, tokens, corpus statistics such as
     * IDF). {@code counts[i]} is how many records hold {@code values[i]}.
     */
    default Object[] prepareAll(String[] values, int[] counts) {
        Object[] prepared = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            prepared[i] = prepare(values[i]);
        }
        return prepared;
    }

    /**
     * Prepares one value (for values not seen by {@link #prepareAll}, with the statistics frozen then);
     * comparators that work on the normalised string itself keep it as it is.
     */
    default Object prepare(String value) {
        return value;
    }

    /** The level of two prepared values that are not equal as normalised strings. */
    int compare(Object a, Object b);

    /**
     * For comparators whose levels are bands of a continuous similarity: the lower bound of each band
     * but the last, strongest first, so a model can interpolate weights within a band (two candidates
     * in one band are then still told apart). Null for discrete levels.
     */
    default double[] bandFloors() {
        return null;
    }

    /** The continuous similarity the bands are cut from, for comparators with {@link #bandFloors()}. */
    default double similarity(Object a, Object b) {
        throw new UnsupportedOperationException("levels of " + getClass().getSimpleName() + " are discrete");
    }

    /** The index of the last level, "different". */
    default int differentLevel() {
        return levels().size() - 1;
    }
}
