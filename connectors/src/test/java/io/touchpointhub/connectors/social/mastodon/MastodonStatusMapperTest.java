package io.touchpointhub.connectors.social.mastodon;

import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.NOW;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.SOURCE;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.mapper;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.page;
import static io.touchpointhub.connectors.social.mastodon.MastodonFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.social.SocialTestSupport;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Statuses in the shape of the Mastodon docs' examples, mapped to SOCIAL posts. */
class MastodonStatusMapperTest {

    private final MastodonStatusMapper mapper = mapper();

    @Test
    void mapsTheDocumentedStatusToAPostOfItsLocalAuthorOnTheSourcesInstance() {
        Touchpoint post = only(mapper.map(SOURCE, SocialTestSupport.resource("mastodon/status.json")));

        assertThat(post.key()).isEqualTo(new TouchpointKey(Channel.SOCIAL, SOURCE,
                "https://mastodon.social/users/Gargron/statuses/103270115826048975"));
        assertThat(post.type()).isEqualTo("post");
        assertThat(post.occurredAt()).isEqualTo(Instant.parse("2019-12-08T03:48:33.901Z"));
        assertThat(post.receivedAt()).isEqualTo(NOW);
        assertThat(post.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "mastodon:@Gargron@mastodon.social"));
        assertThat(post.traits()).containsExactly(Map.entry("name", "Eugen"), Map.entry("followersCount", 322930L),
                Map.entry("profileUrl", "https://mastodon.social/@Gargron"));
        assertThat(post.properties()).containsEntry("url", "https://mastodon.social/@Gargron/103270115826048975")
                .containsEntry("language", "en").containsEntry("visibility", "public")
                .containsEntry("repliesCount", 5L).containsEntry("reblogsCount", 6L).containsEntry("favouritesCount", 11L)
                .containsEntry("tags", List.of()).containsEntry("mentions", List.of());
        assertThat(post.context()).containsEntry("platform", "mastodon").containsEntry("instance", "mastodon.social");
        assertThat(post.text()).isEqualTo("\"I lost my inheritance with one wrong digit on my sort code\"\n\n"
                + "https://www.theguardian.com/money/2019/dec/07/i-lost-my-193000-inheritance-with-one-wrong-digit-on-my-sort-code");
    }

    @Test
    void keepsARemoteAuthorsDomainAndListsTagsMentionsAndTheContentWarning() {
        Touchpoint post = only(mapper.map(SOURCE, SocialTestSupport.resource("mastodon/status-tagged-reply.json")));

        assertThat(post.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "mastodon:@ana@fosstodon.org"));
        assertThat(post.properties()).containsEntry("tags", List.of("acme"))
                .containsEntry("mentions", List.of("mastodon:@Gargron@mastodon.social"))
                .containsEntry("inReplyToId", "103270115826048975").containsEntry("sensitive", true)
                .containsEntry("visibility", "unlisted");
        assertThat(post.text()).isEqualTo("Sort codes\n\n@Gargron same happened to me\ntwice! #acme");
    }

    @Test
    void mapsABoostAsTheBoostedStatusAndKeepsTheBooster() {
        Touchpoint post = only(mapper.map(SOURCE, SocialTestSupport.resource("mastodon/status-boost.json")));

        assertThat(post.key().externalId()).isEqualTo("https://mastodon.social/users/Gargron/statuses/103270115826048975");
        assertThat(post.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "mastodon:@Gargron@mastodon.social"));
        assertThat(post.occurredAt()).isEqualTo(Instant.parse("2019-12-08T03:48:33.901Z"));
        assertThat(post.properties()).containsEntry("boostedBy", "mastodon:@bob@mastodon.social")
                .containsEntry("reblogsCount", 7L);
    }

    @Test
    void takesALocalAuthorsInstanceFromTheAccountUrlWhenTheSourceIsNotConfigured() {
        MastodonStatusMapper unconfigured = new MastodonStatusMapper(MastodonFixtures.JSON,
                Clock.fixed(NOW, ZoneOffset.UTC), Map.of());

        Touchpoint post = only(unconfigured.map("old-source", SocialTestSupport.resource("mastodon/status.json")));

        assertThat(post.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "mastodon:@Gargron@mastodon.social"));
    }

    @Test
    void usesInstanceAndIdAsKeyWhenTheStatusHasNoUri() {
        ObjectNode status = status(7);
        status.remove("uri");

        assertThat(only(mapper.map(SOURCE, status.toString())).key().externalId()).isEqualTo("mastodon.social:7");
    }

    @Test
    void mapsAWholeTimelinePageSoThatAPageKeptAsDeadLetterCanBeReplayed() {
        List<Touchpoint> posts = mapper.map(SOURCE, page(status(2), status(1)));

        assertThat(posts).extracting(t -> t.key().externalId()).containsExactly(
                "https://mastodon.social/users/Gargron/statuses/2", "https://mastodon.social/users/Gargron/statuses/1");
    }

    @Test
    void rejectsAStatusWithoutCreationTimeNamingTheFieldButNotTheContent() {
        ObjectNode status = status(3);
        status.remove("created_at");

        assertThatThrownBy(() -> mapper.map(SOURCE, page(status(4), status)))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("[1].created_at"))
                .message().doesNotContain("Gargron").doesNotContain("inheritance");
    }

    @Test
    void rejectsAnUnreadableDateAMissingAccountAndANotificationInsteadOfAStatus() {
        ObjectNode badDate = status(3).put("created_at", "yesterday");
        ObjectNode noAccount = status(3);
        noAccount.remove("account");
        String notification = "{\"id\":\"1\",\"type\":\"mention\",\"created_at\":\"2019-11-23T07:49:02.064Z\","
                + "\"account\":{\"acct\":\"ana@fosstodon.org\"}}";

        assertThatThrownBy(() -> mapper.map(SOURCE, badDate.toString())).hasMessage("created_at: must be an ISO-8601 date-time");
        assertThatThrownBy(() -> mapper.map(SOURCE, noAccount.toString())).hasMessage("account: must be an object");
        assertThatThrownBy(() -> mapper.map(SOURCE, notification)).hasMessage("content: must be a string");
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertThatThrownBy(() -> mapper.map(SOURCE, "<html><body>502 Bad Gateway</body></html>"))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    private static Touchpoint only(List<Touchpoint> touchpoints) {
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
