package io.touchpointhub.identity.match.compare;

import io.touchpointhub.identity.match.normalize.Nicknames;
import java.util.ArrayList;
import java.util.List;

/**
 * Single names (first names, surnames, cities): exact, optionally nickname ("bill" / "william"), then
 * Jaro-Winkler bands ≥ 0.95, ≥ 0.88, ≥ 0.80 (a one-letter typo in a short name reaches the middle
 * band through the edit-distance rule), then different.
 */
public final class NameComparator implements FieldComparator {

    private static final double[] BANDS = {0.95, 0.88, 0.80};

    private final Nicknames nicknames;
    private final List<String> levels;

    /** @param nicknames the nickname list, or null for fields that are not given names */
    public NameComparator(Nicknames nicknames) {
        this.nicknames = nicknames;
        List<String> names = new ArrayList<>();
        names.add("exact");
        if (nicknames != null) {
            names.add("nickname");
        }
        names.addAll(List.of("jaro-winkler>=0.95", "jaro-winkler>=0.88", "jaro-winkler>=0.80", "different"));
        this.levels = List.copyOf(names);
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int compare(Object a, Object b) {
        String x = (String) a;
        String y = (String) b;
        int level = 1;
        if (nicknames != null) {
            if (nicknames.equivalent(x, y)) {
                return 1;
            }
            level = 2;
        }
        double similarity = Similarity.jaroWinkler(x, y, BANDS[BANDS.length - 1]);
        if (similarity < BANDS[1] && Math.min(x.length(), y.length()) >= 3 && Similarity.editDistance(x, y, 1) == 1) {
            similarity = BANDS[1];
        }
        for (double band : BANDS) {
            if (similarity >= band) {
                return level;
            }
            level++;
        }
        return level;
    }
}
