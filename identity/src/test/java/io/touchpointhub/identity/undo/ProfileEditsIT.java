package io.touchpointhub.identity.undo;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.phone;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.userId;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.identity.undo.ProfileEditException.Reason;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import io.touchpointhub.model.Touchpoint;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileEditsIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final ProfileStore profiles = new ProfileStore(dataSource());
    private final CannotLinks cannotLinks = new CannotLinks(dataSource());
    private final ProfileEdits edits = new ProfileEdits(dataSource(), IdentityRules.defaults());

    /** Two people resolved apart, then a touchpoint carrying both e-mails that merged them. */
    private record Merged(long ana, long bob, long link, ProfileId anaProfile, ProfileId bobProfile) {
    }

    private Merged anaAndBobMerged() {
        long ana = resolve(withTraits(touchpoint(email("ana@mail.org")), Map.of("name", "Ana Lima")));
        long bob = resolve(withTraits(touchpoint(email("bob@mail.org")), Map.of("name", "Bob Reis")));
        ProfileId anaProfile = profileOf(ana);
        ProfileId bobProfile = profileOf(bob);
        long link = resolve(touchpoint(email("ana@mail.org"), email("bob@mail.org")));
        return new Merged(ana, bob, link, anaProfile, bobProfile);
    }

    @Test
    void recordsTheProfileEachTouchpointWasFirstResolvedToThroughMerges() {
        Merged m = anaAndBobMerged();

        assertThat(profileOf(m.bob())).isEqualTo(m.anaProfile());
        assertThat(originOf(m.ana())).isEqualTo(m.anaProfile());
        assertThat(originOf(m.bob())).isEqualTo(m.bobProfile());
        assertThat(originOf(m.link())).isEqualTo(m.anaProfile());
    }

    @Test
    void splitsAMergedProfileIntoItsPartsEachWithItsOwnTouchpointsIdentifiersAndSummary() {
        Merged m = anaAndBobMerged();

        UnmergeResult result = edits.unmerge(m.bobProfile(), List.of(), "two people");

        assertThat(result.profile()).isEqualTo(m.anaProfile());
        assertThat(result.parts()).containsExactly(m.bobProfile());
        assertThat(result.movedTouchpoints()).isEqualTo(1);
        assertThat(profileOf(m.ana())).isEqualTo(m.anaProfile());
        assertThat(profileOf(m.link())).isEqualTo(m.anaProfile());
        assertThat(profileOf(m.bob())).isEqualTo(m.bobProfile());
        CustomerProfile ana = profiles.find(m.anaProfile()).orElseThrow();
        CustomerProfile bob = profiles.find(m.bobProfile()).orElseThrow();
        assertThat(bob.id()).isEqualTo(m.bobProfile());
        assertThat(values(bob)).containsExactly("bob@mail.org");
        assertThat(values(ana)).containsExactlyInAnyOrder("ana@mail.org", "bob@mail.org");
        assertThat(bob.names()).containsExactly("Bob Reis");
        assertThat(ana.names()).containsExactly("Ana Lima");
        assertThat(bob.touchpointCount()).isEqualTo(1);
        assertThat(ana.touchpointCount()).isEqualTo(2);
        assertThat(ana.mergedIds()).isEmpty();
        assertEveryTouchpointBelongsToOneLiveProfile();
    }

    @Test
    void keepsThePartsApartWhenALaterTouchpointCarriesBothIdentifiers() {
        Merged m = anaAndBobMerged();
        edits.unmerge(m.anaProfile(), List.of(), null);

        long later = resolve(touchpoint(email("ana@mail.org"), email("bob@mail.org")));

        assertThat(profiles.liveProfileCount()).isEqualTo(2);
        assertThat(profileOf(later)).isIn(m.anaProfile(), m.bobProfile());
        assertThat(cannotLinks.forbids(m.anaProfile().value(), m.bobProfile().value())).isTrue();
        assertEveryTouchpointBelongsToOneLiveProfile();
    }

    @Test
    void auditsTheUnmergeNextToTheMergeOnEveryPart() {
        Merged m = anaAndBobMerged();

        edits.unmerge(m.anaProfile(), List.of(), "two people");

        for (ProfileId part : List.of(m.anaProfile(), m.bobProfile())) {
            assertThat(profiles.merges(part)).extracting(MergeRecord::operation)
                    .containsExactly(MergeRecord.MERGE, MergeRecord.UNMERGE);
        }
        MergeRecord unmerge = profiles.merges(m.bobProfile()).get(1);
        assertThat(unmerge.survivor()).isEqualTo(m.anaProfile());
        assertThat(unmerge.merged()).isEqualTo(m.bobProfile());
        assertThat(unmerge.rule()).isEqualTo(MergeRecord.MANUAL);
        assertThat(unmerge.note()).isEqualTo("two people");
        assertThat(unmerge.touchpointId()).isNull();
    }

    @Test
    void queuesBothPartsAndTheMovedTouchpointsForTheReadModels() {
        Merged m = anaAndBobMerged();
        jdbc.update("delete from index_task");

        edits.unmerge(m.anaProfile(), List.of(), null);

        assertThat(jdbc.queryForList("select profile_id from index_task where kind = 'profile'", UUID.class))
                .containsExactlyInAnyOrder(m.anaProfile().value(), m.bobProfile().value());
        assertThat(jdbc.queryForList("select touchpoint_id from index_task where kind = 'touchpoint'", Long.class))
                .containsExactly(m.bob());
    }

    @Test
    void splitsOffOneProfileTogetherWithTheProfilesMergedIntoItBefore() {
        long a = resolve(touchpoint(anonymousId("a")));
        long b = resolve(touchpoint(anonymousId("b")));
        long c = resolve(touchpoint(anonymousId("c")));
        ProfileId pa = profileOf(a);
        ProfileId pb = profileOf(b);
        ProfileId pc = profileOf(c);
        resolve(touchpoint(anonymousId("b"), anonymousId("c")));
        resolve(touchpoint(anonymousId("a"), anonymousId("b")));

        UnmergeResult result = edits.unmerge(pa, List.of(pb), null);

        assertThat(result.parts()).containsExactly(pb);
        assertThat(profileOf(b)).isEqualTo(pb);
        assertThat(profileOf(c)).isEqualTo(pb);
        assertThat(profileOf(a)).isEqualTo(pa);
        assertThat(profiles.resolveLive(pc)).contains(pb);
        assertThat(profiles.find(pb).orElseThrow().mergedIds()).containsExactly(pc);
        assertThat(profiles.liveProfileCount()).isEqualTo(2);
        assertEveryTouchpointBelongsToOneLiveProfile();
    }

    @Test
    void reResolvesAPartThatNowMatchesAThirdProfileItsFormerWholeConflictedWith() {
        long x = resolve(touchpoint(userId("u1")));
        long z = resolve(touchpoint(anonymousId("z"), phone("+44 20 7946 0958")));
        ProfileId px = profileOf(x);
        ProfileId pz = profileOf(z);
        resolve(touchpoint(userId("u1"), anonymousId("z")));
        long y = resolve(touchpoint(userId("u2"), phone("+44 20 7946 0958")));
        ProfileId py = profileOf(y);
        assertThat(py).isNotEqualTo(px);

        UnmergeResult result = edits.unmerge(px, List.of(), null);

        assertThat(result.remerged()).containsExactly(Map.entry(py, pz));
        assertThat(profileOf(y)).isEqualTo(pz);
        assertThat(profileOf(z)).isEqualTo(pz);
        assertThat(profiles.merges(pz)).filteredOn(r -> r.merged().equals(py)).singleElement()
                .satisfies(r -> assertThat(r.note()).isEqualTo("re-resolved after unmerge"));
        assertThat(profileOf(x)).isEqualTo(px);
        assertThat(profiles.liveProfileCount()).isEqualTo(2);
        assertEveryTouchpointBelongsToOneLiveProfile();
    }

    @Test
    void refusesUnknownIdsProfilesWithNothingMergedAndPartsFromElsewhere() {
        Merged m = anaAndBobMerged();
        ProfileId alone = profileOf(resolve(touchpoint(email("cy@mail.org"))));

        assertThatThrownBy(() -> edits.unmerge(new ProfileId(UUID.randomUUID()), List.of(), null))
                .isInstanceOfSatisfying(ProfileEditException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_PROFILE));
        assertThatThrownBy(() -> edits.unmerge(alone, List.of(), null))
                .isInstanceOfSatisfying(ProfileEditException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOTHING_TO_UNMERGE));
        assertThatThrownBy(() -> edits.unmerge(m.anaProfile(), List.of(alone), null))
                .isInstanceOfSatisfying(ProfileEditException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NOT_A_PART));
        assertThat(profiles.resolveLive(m.bobProfile())).contains(m.anaProfile());
    }

    @Test
    void mergesTwoProfilesByHandIntoTheNamedOneWithManualEvidence() {
        ProfileId older = profileOf(resolve(touchpoint(email("ana@mail.org"))));
        ProfileId younger = profileOf(resolve(touchpoint(phone("+44 20 7946 0958"))));

        MergeResult result = edits.merge(younger, older, false, "same person, says support");

        assertThat(result.survivor()).isEqualTo(younger);
        assertThat(result.movedTouchpoints()).isEqualTo(1);
        assertThat(profiles.resolveLive(older)).contains(younger);
        assertThat(profiles.find(younger).orElseThrow().touchpointCount()).isEqualTo(2);
        assertThat(profiles.merges(younger)).singleElement().satisfies(r -> {
            assertThat(r.rule()).isEqualTo(MergeRecord.MANUAL);
            assertThat(r.identifier()).isNull();
            assertThat(r.note()).isEqualTo("same person, says support");
        });
        assertThatThrownBy(() -> edits.merge(younger, older, false, null))
                .isInstanceOfSatisfying(ProfileEditException.class, e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_ONE_PROFILE));
    }

    @Test
    void refusesAManualMergeACannotLinkForbidsUnlessForcedAndThenSplitsItAgain() {
        Merged m = anaAndBobMerged();
        edits.unmerge(m.anaProfile(), List.of(), null);

        assertThatThrownBy(() -> edits.merge(m.anaProfile(), m.bobProfile(), false, null))
                .isInstanceOfSatisfying(ProfileEditException.class, e -> assertThat(e.reason()).isEqualTo(Reason.KEPT_APART));
        MergeResult forced = edits.merge(m.anaProfile(), m.bobProfile(), true, null);

        assertThat(forced.constraintsRemoved()).isTrue();
        assertThat(cannotLinks.forbids(m.anaProfile().value(), m.bobProfile().value())).isFalse();
        assertThat(profileOf(m.bob())).isEqualTo(m.anaProfile());
        edits.unmerge(m.anaProfile(), List.of(), null);
        assertThat(profileOf(m.bob())).isEqualTo(m.bobProfile());
        assertThat(profiles.merges(m.bobProfile())).extracting(MergeRecord::operation)
                .containsExactly(MergeRecord.MERGE, MergeRecord.UNMERGE, MergeRecord.MERGE, MergeRecord.UNMERGE);
        assertEveryTouchpointBelongsToOneLiveProfile();
    }

    private long resolve(Touchpoint touchpoint) {
        long id = log.appendAll(List.of(touchpoint)).get(0).id();
        drain(stage);
        return id;
    }

    private static ProfileId originOf(long touchpointId) {
        return new ProfileId(jdbc.queryForObject(
                "select origin_profile_id from touchpoint_profile where touchpoint_id = ?", UUID.class, touchpointId));
    }

    private static List<String> values(CustomerProfile profile) {
        return profile.identifiers().stream().map(ProfileIdentifier::identifier).map(i -> i.value()).toList();
    }

    private static void assertEveryTouchpointBelongsToOneLiveProfile() {
        assertThat(count("select count(*) from touchpoint t left join touchpoint_profile tp on tp.touchpoint_id = t.id"
                + " left join profile p on p.id = tp.profile_id where p.id is null or p.merged_into is not null"))
                .isZero();
        assertThat(count("select count(*) from profile_identifier pi join profile p on p.id = pi.profile_id"
                + " where p.merged_into is not null")).isZero();
    }
}
