package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.on;
import static io.touchpointhub.identity.support.Touchpoints.phone;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.userId;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.store.AppendResult;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import io.touchpointhub.model.Touchpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityStageIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final ProfileStore profiles = new ProfileStore(dataSource());

    @Test
    void mergesTouchpointsSharingAnEmailTypedWithDifferentCaseAndSpaces() {
        long a = append(touchpoint(email("Ana@Mail.org ")));
        long b = append(touchpoint(email(" ana@mail.ORG")));

        resolveAll();

        assertThat(profileOf(a)).isEqualTo(profileOf(b));
        assertThat(profiles.liveProfileCount()).isEqualTo(1);
    }

    @Test
    void mergesTouchpointsSharingAPhoneTypedTwoWays() {
        long a = append(touchpoint(phone("+44 20 7946 0958")));
        long b = append(touchpoint(phone("(020) 7946-0958")));

        resolveAll();

        assertThat(profileOf(a)).isEqualTo(profileOf(b));
        CustomerProfile profile = profiles.find(profileOf(a)).orElseThrow();
        assertThat(profile.identifiers()).extracting(ProfileIdentifier::identifier)
                .containsExactly(Identifier.of(IdentifierType.PHONE, "+442079460958"));
    }

    @Test
    void mergesTwoProfilesLinkedByALaterTouchpointIntoTheOldestAndAuditsIt() {
        long first = append(touchpoint(anonymousId("a1"), email("ana@mail.org")));
        resolveAll();
        long second = append(touchpoint(anonymousId("a2"), phone("+44 20 7946 0958")));
        resolveAll();
        ProfileId older = profileOf(first);
        ProfileId younger = profileOf(second);

        long link = append(touchpoint(email("ana@mail.org"), phone("020 7946 0958")));
        resolveAll();

        assertThat(older).isNotEqualTo(younger);
        assertThat(profileOf(first)).isEqualTo(older);
        assertThat(profileOf(second)).isEqualTo(older);
        assertThat(profileOf(link)).isEqualTo(older);
        assertThat(profiles.resolveLive(younger)).contains(older);
        List<MergeRecord> merges = profiles.merges(older);
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.survivor()).isEqualTo(older);
            assertThat(m.merged()).isEqualTo(younger);
            assertThat(m.touchpointId()).isEqualTo(link);
            assertThat(m.identifier()).isEqualTo(Identifier.of(IdentifierType.PHONE, "+442079460958"));
            assertThat(m.rule()).isEqualTo(BatchResolver.RULE);
        });
        CustomerProfile profile = profiles.find(younger).orElseThrow();
        assertThat(profile.id()).isEqualTo(older);
        assertThat(profile.mergedIds()).containsExactly(younger);
        assertThat(profile.identifiers()).extracting(p -> p.identifier().value())
                .containsExactlyInAnyOrder("a1", "a2", "ana@mail.org", "+442079460958");
        assertThat(profile.touchpointCount()).isEqualTo(3);
    }

    @Test
    void oldIdsKeepResolvingThroughAChainOfMerges() {
        long a = append(touchpoint(anonymousId("a")));
        resolveAll();
        long b = append(touchpoint(anonymousId("b")));
        resolveAll();
        long c = append(touchpoint(anonymousId("c")));
        resolveAll();
        ProfileId pa = profileOf(a);
        ProfileId pb = profileOf(b);
        ProfileId pc = profileOf(c);

        append(touchpoint(anonymousId("b"), anonymousId("c")));
        resolveAll();
        append(touchpoint(anonymousId("a"), anonymousId("b")));
        resolveAll();

        assertThat(profiles.resolveLive(pb)).contains(pa);
        assertThat(profiles.resolveLive(pc)).contains(pa);
        assertThat(profiles.find(pc).orElseThrow().mergedIds()).containsExactlyInAnyOrder(pb, pc);
        assertThat(profiles.merges(pa)).extracting(MergeRecord::merged).containsExactly(pc, pb);
        assertThat(profiles.liveProfileCount()).isEqualTo(1);
    }

    @Test
    void doesNotMergeOnABlocklistedEmailButRecordsItAsNotMatchable() {
        long a = append(touchpoint(anonymousId("a1"), email("test@test.com")));
        long b = append(touchpoint(anonymousId("a2"), email("TEST@test.com")));

        resolveAll();

        assertThat(profileOf(a)).isNotEqualTo(profileOf(b));
        CustomerProfile profile = profiles.find(profileOf(a)).orElseThrow();
        assertThat(profile.identifiers()).filteredOn(p -> p.identifier().type() == IdentifierType.EMAIL)
                .singleElement().satisfies(p -> assertThat(p.matchable()).isFalse());
    }

    @Test
    void keepsTwoDifferentUserIdsApartEvenWhenTheyShareAnEmail() {
        long a = append(touchpoint(userId("u1"), email("family@mail.org")));
        long b = append(touchpoint(userId("u2"), email("family@mail.org")));

        resolveAll();

        assertThat(profileOf(a)).isNotEqualTo(profileOf(b));
        assertThat(count("select count(*) from profile_identifier where id_value = 'family@mail.org'")).isEqualTo(2);
        assertThat(count("select count(*) from profile_merge")).isZero();
    }

    @Test
    void sendsATouchpointWithOnlyASharedEmailToTheProfileHoldingItsOwnUserIdElseTheMostRecentlySeen() {
        long u1 = append(touchpoint(userId("u1"), email("family@mail.org")));
        long u2 = append(touchpoint(userId("u2"), email("family@mail.org")));
        resolveAll();

        long own = append(touchpoint(userId("u1"), email("family@mail.org"), anonymousId("x")));
        long anonymous = append(touchpoint(email("family@mail.org")));
        resolveAll();

        assertThat(profileOf(own)).isEqualTo(profileOf(u1));
        assertThat(profileOf(anonymous)).isEqualTo(profileOf(u1)); // u1 was seen last, by "own"
        assertThat(profileOf(u2)).isNotEqualTo(profileOf(u1));
    }

    @Test
    void doesNotMergeOnAnIdentifierSharedByMoreProfilesThanTheCap() {
        IdentityStage capped = new IdentityStage(dataSource(), Json.defaultMapper(),
                IdentityRules.defaults().withMaxProfilesPerIdentifier(2), RetryPolicy.defaults());
        append(touchpoint(userId("u1"), email("office@corp.org")));
        append(touchpoint(userId("u2"), email("office@corp.org")));
        append(touchpoint(userId("u3"), email("office@corp.org")));
        drain(capped);

        long a = append(touchpoint(anonymousId("visitor"), email("office@corp.org")));
        drain(capped);

        assertThat(profiles.liveProfileCount()).isEqualTo(4);
        CustomerProfile visitor = profiles.find(profileOf(a)).orElseThrow();
        assertThat(visitor.identifiers()).filteredOn(p -> p.identifier().type() == IdentifierType.EMAIL)
                .singleElement().satisfies(p -> assertThat(p.matchable()).isFalse());
    }

    @Test
    void givesATouchpointWithoutUsableIdentifiersAProfileOfItsOwn() {
        long a = append(touchpoint());
        long b = append(touchpoint(phone("not a phone")));

        resolveAll();

        assertThat(profileOf(a)).isNotEqualTo(profileOf(b));
        assertThat(profiles.liveProfileCount()).isEqualTo(2);
    }

    @Test
    void keepsTheProfileSummaryUpToDate() {
        Touchpoint web = withTraits(touchpoint(email("ana@mail.org")), Map.of("firstName", "Ana", "lastName", "Lima"));
        Touchpoint mail = withTraits(on(Channel.EMAIL, "imap:support", email("ana@mail.org")),
                Map.of("name", "Ana L."));
        append(web);
        long id = append(mail);

        resolveAll();

        CustomerProfile profile = profiles.find(profileOf(id)).orElseThrow();
        assertThat(profile.names()).containsExactly("Ana L.", "Ana Lima");
        assertThat(profile.touchpointCounts()).isEqualTo(Map.of(Channel.WEB, 1L, Channel.EMAIL, 1L));
        assertThat(profile.sources()).containsExactlyInAnyOrder("shop.example", "imap:support");
        assertThat(profile.firstSeen()).isEqualTo(web.occurredAt());
        assertThat(profile.lastSeen()).isEqualTo(mail.occurredAt());
        assertThat(profile.identifiers()).singleElement().satisfies(p -> {
            assertThat(p.sources()).containsExactlyInAnyOrder("shop.example", "imap:support");
            assertThat(p.firstSeen()).isEqualTo(web.occurredAt());
            assertThat(p.lastSeen()).isEqualTo(mail.occurredAt());
            assertThat(p.matchable()).isTrue();
        });
    }

    @Test
    void resolvesEachTouchpointOnceAndQueuesItsIndexWork() {
        long a = append(touchpoint(email("ana@mail.org")));
        long b = append(touchpoint(email("ana@mail.org")));

        int processed = stage.runOnce(100);

        assertThat(processed).isEqualTo(2);
        assertThat(stage.runOnce(100)).isZero();
        assertThat(count("select count(*) from identify_task")).isZero();
        assertThat(count("select count(*) from index_task, unnest(touchpoint_ids) t(id) where t.id in (?, ?)", a, b))
                .isEqualTo(2);
        assertThat(count("select count(distinct profile_id) from index_task where kind = 'profile'")).isEqualTo(1);
    }

    private long append(Touchpoint touchpoint) {
        AppendResult result = log.appendAll(List.of(touchpoint)).get(0);
        return result.id();
    }

    private void resolveAll() {
        drain(stage);
    }
}
