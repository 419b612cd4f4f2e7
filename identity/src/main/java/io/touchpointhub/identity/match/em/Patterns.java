package io.touchpointhub.identity.match.em;

/** Comparison patterns: one level per field in four bits, {@link #MISSING} when either value is missing. */
public final class Patterns {

    /** The level code of a field with a missing value. */
    public static final int MISSING = 15;
    /** Fields a pattern can hold. */
    public static final int MAX_FIELDS = 16;

    private Patterns() {
    }

    /** The level of a field in a pattern ({@link #MISSING} for missing). */
    public static int level(long pattern, int field) {
        return (int) (pattern >>> (4 * field)) & 15;
    }

    /** The pattern with a field set to a level (-1 = missing). */
    public static long with(long pattern, int field, int level) {
        long code = level < 0 ? MISSING : level;
        return (pattern & ~(15L << (4 * field))) | (code << (4 * field));
    }

    /** A pattern with every one of {@code fields} fields missing. */
    public static long allMissing(int fields) {
        long pattern = 0;
        for (int f = 0; f < fields; f++) {
            pattern = with(pattern, f, -1);
        }
        return pattern;
    }
}
