package io.touchpointhub.identity.match.compare;

import java.util.List;

/** Categories (gender, region, country): equal or not. */
public final class ExactComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public int compare(Object a, Object b) {
        return 1;
    }
}
