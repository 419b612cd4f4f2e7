package io.touchpointhub.identity.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceComparatorTest {

    private final EditDistanceComparator codes = new EditDistanceComparator(2);

    private String level(String a, String b) {
        return codes.levels().get(codes.compare(a, b));
    }

    @Test
    void levelsAreExactThenEachDistanceThenDifferent() {
        assertThat(codes.levels()).containsExactly("exact", "edit-distance-1", "edit-distance-2", "different");
    }

    @Test
    void oneSubstitutionInsertionOrAdjacentSwapIsDistanceOne() {
        assertThat(level("4011", "4013")).isEqualTo("edit-distance-1");
        assertThat(level("6988048", "698048")).isEqualTo("edit-distance-1");
        assertThat(level("6988048", "6989848")).isEqualTo("edit-distance-2");
        assertThat(level("1234567", "1243567")).isEqualTo("edit-distance-1");
    }

    @Test
    void twoEditsAreDistanceTwoAndMoreAreDifferent() {
        assertThat(level("SW1A1AA", "SW1A2AB")).isEqualTo("edit-distance-2");
        assertThat(level("4011", "7930")).isEqualTo("different");
    }

    @Test
    void similarityBoundsAgreeWithTheFullComputation() {
        assertThat(Similarity.editDistance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(Similarity.editDistance("abcdef", "uvwxyz", 2)).isEqualTo(-1);
        assertThat(Similarity.jaroWinkler("abcdef", "uvwxyz", 0.8)).isLessThan(0.8);
        assertThat(Similarity.jaroWinkler("martha", "marhta", 0.8)).isEqualTo(Similarity.jaroWinkler("martha", "marhta"));
    }
}
