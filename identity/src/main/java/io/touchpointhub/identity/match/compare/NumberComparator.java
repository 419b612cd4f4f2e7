package io.touchpointhub.identity.match.compare;

import java.util.List;

/**
 * Amounts such as prices: within 1 %, within 10 %, within 30 % of the larger, different. Values that
 * do not parse as numbers are compared as strings (equal or different).
 */
public final class NumberComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("within-1%", "within-10%", "within-30%", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Object prepare(String value) {
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return value;
        }
    }

    @Override
    public int compare(Object a, Object b) {
        if (!(a instanceof Double x) || !(b instanceof Double y)) {
            return 3;
        }
        double scale = Math.max(Math.abs(x), Math.abs(y));
        double gap = Math.abs(x - y);
        if (gap <= 0.01 * scale) {
            return 0;
        }
        return gap <= 0.10 * scale ? 1 : gap <= 0.30 * scale ? 2 : 3;
    }
}
