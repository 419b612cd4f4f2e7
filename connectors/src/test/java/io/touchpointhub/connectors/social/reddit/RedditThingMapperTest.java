package io.touchpointhub.connectors.social.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** Things of Reddit listings (posts t3, comments t1) mapped to SOCIAL touchpoints. */
class RedditThingMapperTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

    private final RedditThingMapper mapper = new RedditThingMapper(JSON, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsASelfPostToAPostOfItsAuthorWithTitleAndTextAndItsKeyTheFullname() throws Exception {
        Touchpoint post = only(mapper.map("reddit", child("new-listing.json", 0)));

        assertThat(post.key()).isEqualTo(new TouchpointKey(Channel.SOCIAL, "reddit", "t3_1h8f0b2"));
        assertThat(post.type()).isEqualTo("post");
        assertThat(post.occurredAt()).isEqualTo(Instant.ofEpochSecond(1733580000L));
        assertThat(post.receivedAt()).isEqualTo(NOW);
        assertThat(post.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "reddit:u/kettle_fan"));
        assertThat(post.traits()).containsExactly(Map.entry("profileUrl", "https://www.reddit.com/user/kettle_fan"));
        assertThat(post.text()).isEqualTo("Delivery from Acme taking forever\n\n"
                + "Ordered the blue kettle two weeks ago & still nothing. Anyone else?");
        assertThat(post.properties())
                .containsEntry("url", "https://www.reddit.com/r/acme/comments/1h8f0b2/delivery_from_acme_taking_forever/")
                .containsEntry("subreddit", "acme").containsEntry("score", 12L).containsEntry("numComments", 3L)
                .containsEntry("upvoteRatio", 0.92).containsEntry("flair", "Support").containsEntry("over18", false)
                .doesNotContainKey("linkUrl");
        assertThat(post.context()).containsEntry("platform", "reddit");
    }

    @Test
    void mapsALinkPostOfADeletedAuthorWithoutIdentifierAndWithItsLink() throws Exception {
        Touchpoint post = only(mapper.map("reddit", child("new-listing.json", 1)));

        assertThat(post.identifiers()).isEmpty();
        assertThat(post.traits()).isEmpty();
        assertThat(post.text()).isEqualTo("Acme's new kettle reviewed");
        assertThat(post.properties()).containsEntry("linkUrl", "https://example.com/reviews/acme-kettle");
    }

    @Test
    void mapsACommentWithItsBodyAndThePostItAnswers() throws Exception {
        Touchpoint comment = only(mapper.map("reddit", child("comments-listing.json", 0)));

        assertThat(comment.key().externalId()).isEqualTo("t1_m0t7abc");
        assertThat(comment.type()).isEqualTo("comment");
        assertThat(comment.identifiers()).containsExactly(new Identifier(IdentifierType.HANDLE, "reddit:u/Helpful_Otter"));
        assertThat(comment.text()).isEqualTo("Mine came after 3 weeks. Call their support, they're quick.");
        assertThat(comment.properties()).containsEntry("linkId", "t3_1h8f0b2").containsEntry("parentId", "t3_1h8f0b2")
                .containsEntry("linkTitle", "Delivery from Acme taking forever");
    }

    @Test
    void mapsAWholeListingSoThatAPageKeptAsDeadLetterCanBeReplayed() {
        List<Touchpoint> things = mapper.map("reddit", SocialTestSupport.resource("reddit/new-listing.json"));

        assertThat(things).extracting(t -> t.key().externalId()).containsExactly("t3_1h8f0b2", "t3_1h8ezz0");
    }

    @Test
    void rejectsAThingOfAnotherKindAThingWithoutTimeAndABodyThatIsNotJson() throws Exception {
        ObjectNode subreddit = (ObjectNode) JSON.readTree(child("new-listing.json", 0));
        subreddit.put("kind", "t5");
        ObjectNode timeless = (ObjectNode) JSON.readTree(child("new-listing.json", 0));
        ((ObjectNode) timeless.get("data")).remove("created_utc");

        assertThatThrownBy(() -> mapper.map("reddit", subreddit.toString())).hasMessage("kind: must be t3 (post) or t1 (comment)");
        assertThatThrownBy(() -> mapper.map("reddit", timeless.toString())).hasMessage("data.created_utc: must be epoch seconds");
        assertThatThrownBy(() -> mapper.map("reddit", "<html>Too Many Requests</html>"))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> assertThat(e.field()).isEqualTo("body"));
    }

    static String child(String listing, int index) throws Exception {
        JsonNode root = JSON.readTree(SocialTestSupport.resource("reddit/" + listing));
        return root.path("data").path("children").get(index).toString();
    }

    private static Touchpoint only(List<Touchpoint> touchpoints) {
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
