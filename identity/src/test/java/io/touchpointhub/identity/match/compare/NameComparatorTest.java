package io.touchpointhub.identity.match.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.match.normalize.Nicknames;
import org.junit.jupiter.api.Test;

class NameComparatorTest {

    private final NameComparator firstNames = new NameComparator(Nicknames.english());
    private final NameComparator surnames = new NameComparator(null);

    private String level(NameComparator comparator, String a, String b) {
        return comparator.levels().get(comparator.compare(comparator.prepare(a), comparator.prepare(b)));
    }

    @Test
    void firstNamesHaveANicknameLevelBetweenExactAndJaroWinkler() {
        assertThat(firstNames.levels()).containsExactly("exact", "nickname", "jaro-winkler>=0.95",
                "jaro-winkler>=0.88", "jaro-winkler>=0.80", "different");
        assertThat(surnames.levels()).doesNotContain("nickname");
    }

    @Test
    void aNicknameOfTheNameReachesTheNicknameLevel() {
        assertThat(level(firstNames, "bill", "william")).isEqualTo("nickname");
        assertThat(level(firstNames, "peggy", "margaret")).isEqualTo("nickname");
    }

    @Test
    void closeSpellingsFallIntoJaroWinklerBandsByTheirSimilarity() {
        assertThat(level(surnames, "christensen", "christenson")).isEqualTo("jaro-winkler>=0.95");
        assertThat(level(surnames, "smith", "smyth")).isEqualTo("jaro-winkler>=0.88");
        assertThat(level(surnames, "martin", "martinez")).isEqualTo("jaro-winkler>=0.95");
        assertThat(level(surnames, "dixon", "dickson")).isEqualTo("jaro-winkler>=0.80");
    }

    @Test
    void aSingleTypoInAShortNameCountsAsTheMiddleBand() {
        assertThat(level(surnames, "lee", "lea")).isEqualTo("jaro-winkler>=0.88");
    }

    @Test
    void unrelatedNamesAreDifferent() {
        assertThat(level(surnames, "smith", "jones")).isEqualTo("different");
        assertThat(level(firstNames, "fred", "robert")).isEqualTo("different");
    }
}
