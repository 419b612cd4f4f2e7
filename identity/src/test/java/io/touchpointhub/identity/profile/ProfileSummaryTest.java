package io.touchpointhub.identity.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileSummaryTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Touchpoint touchpoint(Channel channel, String source, int day, Map<String, Object> traits) {
        Instant at = T0.plusSeconds(86_400L * day);
        return new Touchpoint(new TouchpointKey(channel, source, "t-" + day + "-" + source), "identify", null, at, at,
                List.of(), traits, Map.of(), Map.of(), null);
    }

    @Test
    void keepsEveryTraitAsAnAttributeWithItsSourceAndTheDisplayNameAsName() {
        ProfileSummary summary = ProfileSummary.empty();

        summary.add(touchpoint(Channel.IMPORT, "legacy-crm", 1, Map.of("firstName", "John", "lastName", "Smith")));
        summary.add(touchpoint(Channel.WEB, "shop", 2, Map.of("name", "Jon Smith", "phone", "+441")));

        assertThat(summary.attributes()).containsOnlyKeys("name", "firstName", "lastName", "phone");
        assertThat(summary.attributes().get("name")).extracting(AttributeValue::value, AttributeValue::source)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("John Smith", "import:legacy-crm"),
                        org.assertj.core.groups.Tuple.tuple("Jon Smith", "web:shop"));
    }

    @Test
    void aMergedSummaryEqualsTheSummaryRebuiltFromAllTouchpoints() {
        Touchpoint a = touchpoint(Channel.WEB, "shop", 1, Map.of("name", "Jon Smith", "title", "Buyer"));
        Touchpoint b = touchpoint(Channel.IMPORT, "legacy-crm", 2, Map.of("name", "John Smith"));
        Touchpoint c = touchpoint(Channel.WEB, "shop", 3, Map.of("name", "Jon Smith", "title", "Manager"));
        ProfileSummary survivor = ProfileSummary.of(List.of(a, c));
        ProfileSummary merged = ProfileSummary.of(List.of(b));

        survivor.absorb(merged);

        assertThat(survivor.attributes()).isEqualTo(ProfileSummary.of(List.of(c, b, a)).attributes());
    }

    @Test
    void storedSummaryKeepsTheCandidates() {
        ProfileSummary summary = ProfileSummary.of(List.of(
                touchpoint(Channel.WEB, "shop", 1, Map.of("address", Map.of("city", "London"), "birthday", "1980-02-01"))));

        String stored = summary.write(Json.defaultMapper());
        ProfileSummary read = ProfileSummary.read(Json.defaultMapper(), stored, summary.firstSeen(), summary.lastSeen());

        assertThat(read.attributes()).isEqualTo(summary.attributes());
        assertThat(stored).contains("\"attributes\"");
    }
}
