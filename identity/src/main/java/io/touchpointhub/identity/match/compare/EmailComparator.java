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

    /** An address split once into its local part and domain. */
    private record Address(String full, String local, String domain) {
    }

    @Override
    public Object prepare(String value) {
        int at = value.lastIndexOf('@');
        return at < 0 ? new Address(value, value, "") : new Address(value, value.substring(0, at), value.substring(at + 1));
    }

    @Override
    public int compare(Object a, Object b) {
        Address x = (Address) a;
        Address y = (Address) b;
        if (Math.abs(x.full().length() - y.full().length()) <= 1 && Similarity.editDistance(x.full(), y.full(), 1) == 1) {
            return 1;
        }
        if (x.local().equals(y.local())) {
            return 2;
        }
        if (x.domain().equals(y.domain()) && Similarity.jaroWinkler(x.local(), y.local(), 0.88) >= 0.88) {
            return 2;
        }
        return 3;
    }
}
