package io.touchpointhub.identity.match.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * Codes and numbers typed by hand (postcodes, national ids, phones, house numbers): exact, then
 * Damerau distance 1, 2, ... up to a maximum, then different.
 */
public final class EditDistanceComparator implements FieldComparator {

    private final int maxDistance;
    private final List<String> levels;

    /** @param maxDistance the largest distance with its own level (1..3) */
    public EditDistanceComparator(int maxDistance) {
        if (maxDistance < 1 || maxDistance > 3) {
            throw new IllegalArgumentException("maxDistance must be 1..3");
        }
        this.maxDistance = maxDistance;
        List<String> names = new ArrayList<>();
        names.add("exact");
        for (int d = 1; d <= maxDistance; d++) {
            names.add("edit-distance-" + d);
        }
        names.add("different");
        this.levels = List.copyOf(names);
    }

    @Override
    public List<String> levels() {
        return levels;
    }

    @Override
    public int compare(Object a, Object b) {
        int distance = Similarity.editDistance((String) a, (String) b, maxDistance);
        return distance < 0 ? maxDistance + 1 : distance;
    }
}
