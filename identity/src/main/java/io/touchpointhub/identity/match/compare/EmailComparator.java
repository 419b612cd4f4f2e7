package io.touchpointhub.identity.match.compare;

import java.util.List;

/**
 * E-mail addresses: exact, one typo, the same local part at another domain (or a local part within
 * Jaro-Winkler 0.88 at the same domain), different.
 */
public final class EmailComparator implements FieldComparator {

    private static final List<String> LEVELS = List.of("exact", "edit-distance-1", "same-local-part", "different");

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public Object prepare(String value) {
        return value;
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        if (Similarity.editDistance(x, y, 1) == 1) {
            return 1;
        }
        int atX = x.lastIndexOf('@');
        int atY = y.lastIndexOf('@');
        String localX = atX < 0 ? x : x.substring(0, atX);
        String localY = atY < 0 ? y : y.substring(0, atY);
        if (localX.equals(localY)) {
            return 2;
        }
        boolean sameDomain = x.substring(atX + 1).equals(y.substring(atY + 1));
        if (sameDomain && Similarity.jaroWinkler(localX, localY, 0.88) >= 0.88) {
            return 2;
        }
        return 3;
    }
}
