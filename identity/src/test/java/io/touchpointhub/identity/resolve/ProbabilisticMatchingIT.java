package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.phone;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.matching.MatchWeights;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Identifier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProbabilisticMatchingIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final ProfileStore profiles = new ProfileStore(dataSource());
    private final CannotLinks cannotLinks = new CannotLinks(dataSource());

    static Map<String, Object> jon() {
        return Map.of("name", "Jon Smith", "address", Map.of("street", "12 High St", "city", "London"),
                "birthday", "1980-03-04", "email", "jon@a.example");
    }

    static Map<String, Object> john() {
        return Map.of("firstName", "John", "lastName", "Smith",
                "address", Map.of("street", "12 High Street", "city", "London"),
                "birthday", "1980-03-04T00:00:00Z", "email", "j.smith@b.example");
    }

    @Test
    void mergesProfilesWhoseAttributesWeighAboveTheUpperThresholdWithPerFieldEvidence() {
        long a = append(touchpointWith(jon(), anonymousId("a1"), email("jon@a.example")));
        resolveAll();
        long b = append(touchpointWith(john(), anonymousId("a2"), email("j.smith@b.example")));

        resolveAll();

        assertThat(liveProfileOf(a)).isEqualTo(liveProfileOf(b));
        List<MergeRecord> merges = profiles.merges(liveProfileOf(a));
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("probabilistic");
            assertThat(m.identifier()).isNull();
            assertThat(m.touchpointId()).isEqualTo(b);
            assertThat(((Number) m.evidence().get("weight")).doubleValue()).isGreaterThanOrEqualTo(24);
            assertThat(m.evidence().get("fields").toString()).contains("date_of_birth", "street", "last_name");
        });
        assertThat(count("select count(*) from match_block_key where profile_id = ?", liveProfileOf(a).value()))
                .isPositive();
        assertThat(count("select count(*) from index_task where kind = 'remove_profile'")).isEqualTo(1);
    }

    @Test
    void mergesTwoNewProfilesOfOneBatch() {
        long a = append(touchpointWith(jon(), anonymousId("b1")));
        long b = append(touchpointWith(john(), anonymousId("b2")));

        resolveAll();

        assertThat(liveProfileOf(a)).isEqualTo(liveProfileOf(b));
        assertThat(profiles.liveProfileCount()).isEqualTo(1);
    }

    @Test
    void queuesAPairBetweenTheThresholdsForReviewWithoutMerging() {
        long a = append(touchpointWith(Map.of("name", "Jane Doe", "city", "London"), anonymousId("c1")));
        long b = append(touchpointWith(Map.of("name", "Jane Doe", "address", Map.of("city", "london")),
                anonymousId("c2")));

        resolveAll();

        assertThat(liveProfileOf(a)).isNotEqualTo(liveProfileOf(b));
        assertThat(jdbc.queryForList("select status from match_review", String.class)).containsExactly("open");
        assertThat(count("select count(*) from match_review where profile_a in (?, ?) and profile_b in (?, ?)",
                liveProfileOf(a).value(), liveProfileOf(b).value(), liveProfileOf(a).value(), liveProfileOf(b).value())).isEqualTo(1);
    }

    @Test
    void leavesTouchpointsWithoutMatchingTraitsOutOfTheBlockingIndex() {
        append(touchpoint(anonymousId("d1"), email("plain@mail.org")));
        append(withTraits(touchpoint(anonymousId("d2")), Map.of("plan", "gold")));

        resolveAll();

        assertThat(count("select count(*) from match_block_key")).isZero();
        assertThat(count("select count(*) from match_review")).isZero();
    }

    @Test
    void neverMergesAPairACannotLinkKeepsApartHoweverStrongTheMatch() {
        long a = append(touchpointWith(Map.of("name", "Jon Smith"), anonymousId("e1")));
        long b = append(touchpointWith(Map.of("name", "Ann Other"), anonymousId("e2")));
        resolveAll();
        cannotLinks.add(liveProfileOf(a).value(), liveProfileOf(b).value(), CannotLinks.Reason.REVIEW_REJECTED, null);

        append(touchpointWith(jon(), anonymousId("e1")));
        append(touchpointWith(john(), anonymousId("e2")));
        resolveAll();

        assertThat(liveProfileOf(a)).isNotEqualTo(liveProfileOf(b));
        assertThat(count("select count(*) from profile_merge")).isZero();
    }

    @Test
    void deterministicMergesRespectACannotLinkAndLeaveTheSharedIdentifierWithBoth() {
        long a = append(touchpoint(anonymousId("f1"), email("ana@mail.org")));
        long b = append(touchpoint(anonymousId("f2"), phone("+44 20 7946 0958")));
        resolveAll();
        cannotLinks.add(liveProfileOf(a).value(), liveProfileOf(b).value(), CannotLinks.Reason.UNMERGE, null);

        long link = append(touchpoint(email("ana@mail.org"), phone("020 7946 0958")));
        resolveAll();

        assertThat(liveProfileOf(a)).isNotEqualTo(liveProfileOf(b));
        assertThat(liveProfileOf(link)).isIn(liveProfileOf(a), liveProfileOf(b));
        assertThat(count("select count(*) from profile_merge")).isZero();
        assertThat(profiles.liveProfileCount()).isEqualTo(2);
    }

    @Test
    void deterministicMergesRespectACannotLinkOnAProfileMergedSince() {
        long a = append(touchpoint(anonymousId("g1"), email("ana@mail.org")));
        long b = append(touchpoint(anonymousId("g2"), phone("+44 20 7946 0958")));
        long c = append(touchpoint(anonymousId("g3"), email("other@mail.org")));
        resolveAll();
        cannotLinks.add(liveProfileOf(b).value(), liveProfileOf(c).value(), CannotLinks.Reason.UNMERGE, null);
        append(touchpoint(email("ana@mail.org"), email("other@mail.org")));
        resolveAll();
        assertThat(liveProfileOf(a)).isEqualTo(liveProfileOf(c));

        append(touchpoint(email("ana@mail.org"), phone("020 7946 0958")));
        resolveAll();

        assertThat(liveProfileOf(b)).isNotEqualTo(liveProfileOf(a));
    }

    @Test
    void sendsAMatchThatWouldOutgrowTheClusterCapToReview() {
        IdentityStage capped = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
                RetryPolicy.defaults(), MatchingSettings.defaults().withMaxClusterSize(2), MatchWeights::defaults,
                AccountLinker.defaults());
        long a = append(touchpoint(anonymousId("h1"), email("ana@mail.org")));
        long b = append(touchpoint(anonymousId("h2"), phone("+44 20 7946 0958")));
        drain(capped);
        append(touchpoint(email("ana@mail.org"), phone("020 7946 0958")));
        drain(capped);
        assertThat(liveProfileOf(a)).isEqualTo(liveProfileOf(b));

        append(touchpointWith(jon(), anonymousId("h1")));
        long c = append(touchpointWith(john(), anonymousId("h3")));
        drain(capped);

        assertThat(liveProfileOf(c)).isNotEqualTo(liveProfileOf(a));
        assertThat(count("select count(*) from match_review where status = 'open'")).isEqualTo(1);
    }

    @Test
    void doesNotMatchWhenDisabled() {
        IdentityStage off = new IdentityStage(dataSource(), Json.defaultMapper(), IdentityRules.defaults(),
                RetryPolicy.defaults(), MatchingSettings.disabled(), MatchWeights::defaults, AccountLinker.defaults());
        long a = append(touchpointWith(jon(), anonymousId("i1")));
        long b = append(touchpointWith(john(), anonymousId("i2")));

        drain(off);

        assertThat(liveProfileOf(a)).isNotEqualTo(liveProfileOf(b));
        assertThat(count("select count(*) from match_block_key")).isZero();
    }

    static io.touchpointhub.model.Touchpoint touchpointWith(Map<String, Object> traits, Identifier... identifiers) {
        return withTraits(touchpoint(identifiers), traits);
    }

    private long append(io.touchpointhub.model.Touchpoint touchpoint) {
        return log.appendAll(List.of(touchpoint)).get(0).id();
    }

    private void resolveAll() {
        drain(stage);
    }
}
