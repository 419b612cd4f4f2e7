package io.touchpointhub.identity.match.compare;

import java.util.List;

/** Years: exact, one year apart, different. */
public final class YearComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "one-year-apart", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Object prepare(String value) {
        return Integer.valueOf(value);
    }

    @Override
    public int compare(Object a, Object b) {
        return Math.abs((Integer) a - (Integer) b) <= 1 ? 1 : 2;
    }
}
