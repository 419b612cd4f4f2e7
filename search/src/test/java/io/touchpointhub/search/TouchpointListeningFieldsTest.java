package io.touchpointhub.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.NamedEntity;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Sentiment;
import io.touchpointhub.model.SentimentLabel;
import io.touchpointhub.model.TextAnalysis;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchpointListeningFieldsTest {

    private static final ProfileId PROFILE = ProfileId.parse("3f2b6c1e-0000-4000-8000-000000000002");

    @Test
    void carriesTheStoredAnalysisAsKeywordsLabelAndScore() {
        TouchpointAnalysis analysis = new TouchpointAnalysis(new TextAnalysis("en",
                new Sentiment(SentimentLabel.NEGATIVE, -0.5, "lexicon", List.of()),
                List.of(new NamedEntity("Acme Kettle", EntityType.PRODUCT, 0, 11)), List.of("kettle"),
                List.of("AcmeKettle"), List.of("AcmeSupport"), List.of(), false), List.of("acme"));

        JsonNode json = SearchClients.objectMapper().valueToTree(TouchpointDocument.from(post(Map.of(), Map.of()), analysis));

        assertThat(json.path("language").asText()).isEqualTo("en");
        assertThat(json.path("sentiment").path("label").asText()).isEqualTo("negative");
        assertThat(json.path("sentiment").path("score").asDouble()).isEqualTo(-0.5);
        assertThat(json.path("entities").get(0).path("type").asText()).isEqualTo("product");
        assertThat(json.path("hashtags").get(0).asText()).isEqualTo("acmekettle");
        assertThat(json.path("mentions").get(0).asText()).isEqualTo("acmesupport");
        assertThat(json.path("topics").get(0).asText()).isEqualTo("acme");
    }

    @Test
    void leavesListeningFieldsOutUntilAnalysedButKeepsAuthorAndReach() {
        JsonNode json = SearchClients.objectMapper().valueToTree(TouchpointDocument.from(
                post(Map.of("name", "Amy", "followersCount", 1200), Map.of())));

        assertThat(json.has("language")).isFalse();
        assertThat(json.has("topics")).isFalse();
        assertThat(json.path("author").path("handle").asText()).isEqualTo("mastodon:amy@example.social");
        assertThat(json.path("author").path("name").asText()).isEqualTo("Amy");
        assertThat(json.path("author").path("key").asText()).isEqualTo("mastodon:amy@example.social");
        assertThat(json.path("reach").asLong()).isEqualTo(1200);
    }

    @Test
    void takesReachFromThePostScoreWhenNoFollowersAreKnownAndKeysNameOnlyAuthorsByProfile() {
        Touchpoint review = new Touchpoint(new TouchpointKey(Channel.MARKETPLACE, "shop", "r-1"), "review", null,
                Instant.EPOCH, Instant.EPOCH, List.of(), Map.of("displayName", "Jane"), Map.of("score", 17), Map.of(), "ok");

        TouchpointDocument document = TouchpointDocument.from(new ResolvedTouchpoint(2, PROFILE, review));

        assertThat(document.reach()).isEqualTo(17);
        assertThat(document.author()).isEqualTo(new TouchpointAuthor(null, "Jane", "profile:" + PROFILE));
    }

    @Test
    void hasNoAuthorWhenTheChannelNamesNone() {
        assertThat(TouchpointDocument.from(new ResolvedTouchpoint(3, PROFILE, new Touchpoint(
                new TouchpointKey(Channel.WEB, "shop", "e-1"), "track", "Viewed", Instant.EPOCH, Instant.EPOCH,
                List.of(), Map.of(), Map.of(), Map.of(), null))).author()).isNull();
    }

    private static ResolvedTouchpoint post(Map<String, Object> traits, Map<String, Object> properties) {
        return new ResolvedTouchpoint(1, PROFILE, new Touchpoint(new TouchpointKey(Channel.SOCIAL, "acme", "p-1"),
                "post", null, Instant.EPOCH, Instant.EPOCH,
                List.of(new Identifier(IdentifierType.HANDLE, "mastodon:amy@example.social")), traits, properties,
                Map.of(), "Acme Kettle broke #AcmeKettle @AcmeSupport"));
    }
}
