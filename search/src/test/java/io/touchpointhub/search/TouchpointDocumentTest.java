package io.touchpointhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TouchpointDocumentTest {

    private static final ProfileId PROFILE = ProfileId.parse("3f2b6c1e-0000-4000-8000-000000000001");

    @Test
    void mapsKeyTimesTextAndStoredMaps() {
        ResolvedTouchpoint resolved = Fixtures.touchpoint(7, PROFILE, Fixtures.T0);

        TouchpointDocument document = TouchpointDocument.from(resolved);

        assertThat(document.id()).isEqualTo(7);
        assertThat(document.profileId()).isEqualTo(PROFILE.toString());
        assertThat(document.channel()).isEqualTo(Channel.WEB);
        assertThat(document.source()).isEqualTo("web-shop");
        assertThat(document.externalId()).isEqualTo("msg-7");
        assertThat(document.type()).isEqualTo("track");
        assertThat(document.name()).isEqualTo("Order Completed");
        assertThat(document.occurredAt()).isEqualTo(Fixtures.T0);
        assertThat(document.receivedAt()).isEqualTo(Fixtures.T0.plusSeconds(1));
        assertThat(document.text()).isEqualTo("great service, fast delivery");
        assertThat(document.properties()).containsEntry("revenue", 42.5);
        assertThat(document.context()).containsEntry("locale", "de-DE");
    }

    @Test
    void leavesMissingNameAndTextOutOfTheJson() {
        Touchpoint touchpoint = new Touchpoint(new TouchpointKey(Channel.EMAIL, "support", "<a@b>"), "email",
                null, Instant.EPOCH, Instant.EPOCH, List.of(), null, null, null, null);

        JsonNode json = SearchClients.objectMapper()
                .valueToTree(TouchpointDocument.from(new ResolvedTouchpoint(1, PROFILE, touchpoint)));

        assertThat(json.has("name")).isFalse();
        assertThat(json.has("text")).isFalse();
        assertThat(json.get("channel").asText()).isEqualTo("EMAIL");
        assertThat(json.get("occurredAt").asText()).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(json.get("properties").isObject()).isTrue();
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        TouchpointDocument document = TouchpointDocument.from(Fixtures.touchpoint(9, PROFILE, Fixtures.T0));
        var mapper = SearchClients.objectMapper();

        TouchpointDocument readBack = mapper.readValue(mapper.writeValueAsBytes(document), TouchpointDocument.class);

        assertThat(readBack).isEqualTo(document);
    }

    @Test
    void ignoresFieldsItDoesNotKnowSoOlderReadersSurviveNewerIndices() throws Exception {
        String json = "{\"id\":1,\"profileId\":\"p\",\"channel\":\"WEB\",\"fieldOfTheFuture\":\"x\"}";

        TouchpointDocument document = SearchClients.objectMapper().readValue(json, TouchpointDocument.class);

        assertThat(document.id()).isEqualTo(1);
        assertThat(document.properties()).isEmpty();
    }

}
