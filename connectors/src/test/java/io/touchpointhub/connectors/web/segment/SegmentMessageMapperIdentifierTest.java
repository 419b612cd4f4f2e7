package io.touchpointhub.connectors.web.segment;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import org.junit.jupiter.api.Test;

import static io.touchpointhub.connectors.web.segment.SegmentPayloads.SOURCE;
import static io.touchpointhub.connectors.web.segment.SegmentPayloads.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which person identifiers a message yields, raw as sent. */
class SegmentMessageMapperIdentifierTest {

    private final SegmentMessageMapper mapper = SegmentPayloads.mapper();

    @Test
    void takesEmailAndPhoneFromContextTraitsOnAnyCall() {
        byte[] body = json("""
                {"anonymousId": "a-1", "event": "Order Completed",
                 "context": {"traits": {"email": " Ana@Example.COM ", "phone": 4155550100}}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "track", body);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.ANONYMOUS_ID, "a-1"),
                Identifier.of(IdentifierType.EMAIL, " Ana@Example.COM "),
                Identifier.of(IdentifierType.PHONE, "4155550100"));
    }

    @Test
    void takesPhoneFromIdentifyTraitsAndListsEachIdentifierOnce() {
        byte[] body = json("""
                {"userId": "u-1", "traits": {"email": "ana@example.com", "phone": "+1 415 555 0100"},
                 "context": {"traits": {"email": "ana@example.com"}}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "identify", body);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "u-1"),
                Identifier.of(IdentifierType.EMAIL, "ana@example.com"),
                Identifier.of(IdentifierType.PHONE, "+1 415 555 0100"));
    }

    @Test
    void ignoresBlankEmailAndPhone() {
        byte[] body = json("""
                {"userId": "u-1", "traits": {"email": "", "phone": null}}""");

        assertThat(mapper.map(SOURCE, "identify", body).identifiers())
                .containsExactly(Identifier.of(IdentifierType.USER_ID, "u-1"));
    }

    @Test
    void rejectsEmailTraitThatIsNotAString() {
        byte[] body = json("""
                {"userId": "u-1", "context": {"traits": {"email": ["a@example.com"]}}, "event": "e"}""");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class, e -> {
                    assertThat(e.field()).isEqualTo("context.traits.email");
                    assertThat(e.rule()).isEqualTo("must be a string");
                });
    }

    @Test
    void takesExternalIdsAsTypeColonIdSkippingAccountLevelOnes() {
        byte[] body = json("""
                {"userId": "u-1", "event": "Subscription Upgraded",
                 "context": {"externalIds": [
                   {"id": "123-456-7890", "type": "phone_id", "collection": "users", "encoding": "none"},
                   {"id": 981, "type": "shopify_id", "collection": "users", "encoding": "none"},
                   {"id": "acme-corp", "type": "salesforce_account_id", "collection": "accounts", "encoding": "none"}
                 ]}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "track", body);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.USER_ID, "u-1"),
                Identifier.of(IdentifierType.EXTERNAL_ID, "phone_id:123-456-7890"),
                Identifier.of(IdentifierType.EXTERNAL_ID, "shopify_id:981"));
    }

    @Test
    void takesAMastodonOrRedditExternalIdAsTheHandleTheSocialChannelGivesItsAuthor() {
        byte[] body = json("""
                {"userId": "u-1", "traits": {"email": "ana@example.org"},
                 "context": {"externalIds": [
                   {"id": "@ana@fosstodon.example", "type": "Mastodon", "collection": "users", "encoding": "none"},
                   {"id": "u/ana_l", "type": "reddit", "collection": "users", "encoding": "none"}
                 ]}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "identify", body);

        assertThat(touchpoint.identifiers()).contains(
                Identifier.of(IdentifierType.HANDLE, "mastodon:@ana@fosstodon.example"),
                Identifier.of(IdentifierType.HANDLE, "reddit:u/ana_l"));
    }

    @Test
    void rejectsExternalIdWithoutTypeNamingItsIndex() {
        byte[] body = json("""
                {"userId": "u-1", "event": "e",
                 "context": {"externalIds": [{"id": "1", "type": "a"}, {"id": "2"}]}}""");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("context.externalIds[1]"));
    }

    @Test
    void rejectsExternalIdsThatAreNotAnArray() {
        byte[] body = json("""
                {"userId": "u-1", "event": "e", "context": {"externalIds": {"id": "1", "type": "a"}}}""");

        assertThatThrownBy(() -> mapper.map(SOURCE, "track", body))
                .isInstanceOfSatisfying(InvalidTouchpointException.class,
                        e -> assertThat(e.field()).isEqualTo("context.externalIds"));
    }

    @Test
    void keepsGroupIdOutOfIdentifiers() {
        byte[] body = json("""
                {"anonymousId": "a-1", "groupId": "g-1", "context": {"traits": {"email": "ana@example.com"}}}""");

        Touchpoint touchpoint = mapper.map(SOURCE, "group", body);

        assertThat(touchpoint.identifiers()).containsExactly(
                Identifier.of(IdentifierType.ANONYMOUS_ID, "a-1"),
                Identifier.of(IdentifierType.EMAIL, "ana@example.com"));
        assertThat(touchpoint.properties()).containsEntry("groupId", "g-1");
    }
}
