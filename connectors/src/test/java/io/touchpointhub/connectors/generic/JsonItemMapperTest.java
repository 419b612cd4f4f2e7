package io.touchpointhub.connectors.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonItemMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final JsonItemMapping REVIEWS = new JsonItemMapping("json-acme-reviews", Channel.MARKETPLACE,
            "review", "/id", "/created_at", "/body", "/headline", "/author/email", "", "/author/name",
            "/author/username", "acme", Map.of("rating", "/stars", "product", "/product/sku"));

    private final JsonItemMapper mapper = new JsonItemMapper(REVIEWS, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsTheItemByItsPointers() {
        Touchpoint review = mapper.map("acme", """
                {"id": 981, "created_at": "2026-11-20T08:30:00+01:00", "headline": "Broke in a week",
                 "body": "The strap snapped.", "stars": 1, "product": {"sku": "W-42"},
                 "author": {"email": "Ana@Example.org", "name": "Ana Lima", "username": "ana_l"}}
                """).get(0);

        assertThat(review.key().channel()).isEqualTo(Channel.MARKETPLACE);
        assertThat(review.key().source()).isEqualTo("acme");
        assertThat(review.key().externalId()).isEqualTo("981");
        assertThat(review.type()).isEqualTo("review");
        assertThat(review.occurredAt()).isEqualTo(Instant.parse("2026-11-20T07:30:00Z"));
        assertThat(review.receivedAt()).isEqualTo(NOW);
        assertThat(review.text()).isEqualTo("Broke in a week\n\nThe strap snapped.");
        assertThat(review.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "Ana@Example.org"),
                Identifier.of(IdentifierType.HANDLE, "acme:ana_l"));
        assertThat(review.traits()).containsEntry("name", "Ana Lima");
        assertThat(review.properties()).containsEntry("rating", 1).containsEntry("product", "W-42")
                .containsEntry("title", "Broke in a week");
    }

    @Test
    void leavesOutWhatTheItemDoesNotHaveAndTakesEpochSeconds() {
        Touchpoint review = mapper.map("acme", "{\"id\":\"r-1\",\"created_at\":1763800000}").get(0);

        assertThat(review.identifiers()).isEmpty();
        assertThat(review.text()).isNull();
        assertThat(review.occurredAt()).isEqualTo(Instant.ofEpochSecond(1763800000));
    }

    @Test
    void rejectsAnItemWithoutIdOrWithAnUnreadableDateNamingThePointer() {
        assertThatThrownBy(() -> mapper.map("acme", "{\"body\":\"x\"}"))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("/id"));
        assertThatThrownBy(() -> mapper.map("acme", "{\"id\":1,\"created_at\":\"yesterday\"}"))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("/created_at"));
    }

    @Test
    void rejectsMalformedJsonWithoutQuotingIt() {
        assertThatThrownBy(() -> mapper.map("acme", "{\"id\": 1, \"author\": {\"email\": \"secret@x.org\""))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessageNotContaining("secret@x.org");
        assertThatThrownBy(() -> mapper.map("acme", "[1,2]")).isInstanceOf(InvalidTouchpointException.class);
    }
}
