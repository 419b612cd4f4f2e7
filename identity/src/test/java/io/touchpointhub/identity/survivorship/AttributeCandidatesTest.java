package io.touchpointhub.identity.survivorship;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.AttributeValue;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeCandidatesTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Instant day(int n) {
        return T0.plusSeconds(86_400L * n);
    }

    @Test
    void countsAValueFromOneSourceOnceWithItsFirstAndLastSighting() {
        AttributeCandidates candidates = new AttributeCandidates();

        candidates.add("phone", " +441 ", "web:shop", day(3));
        candidates.add("phone", "+441", "web:shop", day(1));
        candidates.add("phone", "+441", "import:crm", day(2));

        assertThat(candidates.values().get("phone")).containsExactly(
                new AttributeValue("+441", "web:shop", 2, day(1), day(3)),
                new AttributeValue("+441", "import:crm", 1, day(2), day(2)));
    }

    @Test
    void ignoresBlankNullAndListValuesAndDropsEmptyMembersOfObjects() {
        AttributeCandidates candidates = new AttributeCandidates();

        candidates.add("title", "  ", "web:shop", day(1));
        candidates.add("title", null, "web:shop", day(1));
        candidates.add("tags", List.of("a"), "web:shop", day(1));
        candidates.add("address", Map.of("city", "London", "street", ""), "web:shop", day(1));

        assertThat(candidates.values()).containsOnlyKeys("address");
        assertThat(candidates.values().get("address").get(0).value()).isEqualTo(Map.of("city", "London"));
    }

    @Test
    void keepsTheLatestValueOfEverySourceWhenTheBoundIsReached() {
        AttributeCandidates candidates = new AttributeCandidates();
        candidates.add("name", "John Smith", "import:crm", day(0));
        for (int i = 1; i <= 10; i++) {
            candidates.add("name", "Web Name " + i, "web:shop", day(i));
        }

        List<AttributeValue> names = candidates.values().get("name");

        assertThat(names).hasSize(AttributeCandidates.MAX_VALUES);
        assertThat(names).extracting(AttributeValue::value).contains("John Smith", "Web Name 10")
                .doesNotContain("Web Name 1");
    }

    @Test
    void boundsTheNumberOfAttributesDroppingTheLeastRecentlySeen() {
        AttributeCandidates candidates = new AttributeCandidates();
        for (int i = 0; i <= AttributeCandidates.MAX_ATTRIBUTES; i++) {
            candidates.add("trait" + i, "v", "web:shop", day(i));
        }

        assertThat(candidates.values()).hasSize(AttributeCandidates.MAX_ATTRIBUTES).doesNotContainKey("trait0");
    }

    @Test
    void absorbingAnotherProfilesCandidatesEqualsHavingSeenAllItsValues() {
        AttributeCandidates survivor = new AttributeCandidates();
        AttributeCandidates merged = new AttributeCandidates();
        AttributeCandidates together = new AttributeCandidates();
        survivor.add("name", "Jon Smith", "web:shop", day(2));
        merged.add("name", "John Smith", "import:crm", day(1));
        merged.add("name", "Jon Smith", "web:shop", day(3));
        together.add("name", "John Smith", "import:crm", day(1));
        together.add("name", "Jon Smith", "web:shop", day(3));
        together.add("name", "Jon Smith", "web:shop", day(2));

        survivor.absorb(merged);

        assertThat(survivor).isEqualTo(together);
        assertThat(survivor.values().get("name")).contains(new AttributeValue("Jon Smith", "web:shop", 2, day(2), day(3)));
    }

    @Test
    void survivesItsStoredForm() {
        AttributeCandidates candidates = new AttributeCandidates();
        candidates.add("address", Map.of("city", "London", "postalCode", "N1"), "web:shop", day(1));
        candidates.add("age", 42, "import:crm", day(2));

        assertThat(AttributeCandidates.fromStored(candidates.stored())).isEqualTo(candidates);
    }
}
