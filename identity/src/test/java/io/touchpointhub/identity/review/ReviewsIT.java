package io.touchpointhub.identity.review;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.identity.matching.ReviewItem;
import io.touchpointhub.identity.profile.MergeRecord;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.identity.undo.ProfileEdits;
import io.touchpointhub.model.ProfileId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReviewsIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final ProfileStore profiles = new ProfileStore(dataSource());
    private final Reviews reviews = new Reviews(dataSource(), Json.defaultMapper(), IdentityRules.defaults());
    private long first;
    private long second;

    @BeforeEach
    void aPairForReview() {
        first = append(Map.of("name", "Jane Doe", "city", "London"), "r1");
        second = append(Map.of("name", "Jane Doe", "city", "London"), "r2");
        resolveAll();
    }

    @Test
    void listsOpenItemsWithTheirWeightAndFieldEvidence() {
        List<ReviewItem> open = reviews.list(ReviewItem.OPEN, 0, 10);

        assertThat(open).singleElement().satisfies(item -> {
            assertThat(List.of(item.profileA(), item.profileB())).containsExactlyInAnyOrder(
                    liveProfileOf(first).value(), liveProfileOf(second).value());
            assertThat(item.weight()).isBetween(14.0, 24.0);
            assertThat(item.evidence()).contains("\"first_name\"", "\"city\"");
        });
        assertThat(reviews.count(ReviewItem.OPEN)).isEqualTo(1);
    }

    @Test
    void acceptingMergesThePairWithTheReviewedEvidence() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();

        Reviews.Decision decision = reviews.accept(id, "ops", "same person").orElseThrow();

        assertThat(liveProfileOf(first)).isEqualTo(liveProfileOf(second)).isEqualTo(new ProfileId(decision.survivor()));
        List<MergeRecord> merges = profiles.merges(liveProfileOf(first));
        assertThat(merges).singleElement().satisfies(m -> {
            assertThat(m.rule()).isEqualTo("review");
            assertThat(m.touchpointId()).isNull();
            assertThat(m.evidence()).containsKeys("weight", "fields").containsEntry("review", (int) id);
        });
        assertThat(reviews.list(ReviewItem.ACCEPTED, 0, 10)).singleElement()
                .satisfies(item -> assertThat(item.decidedBy()).isEqualTo("ops"));
    }

    @Test
    void rejectingKeepsThePairApartEvenWhenALaterMatchIsStrong() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();

        reviews.reject(id, "ops", null).orElseThrow();
        append(Map.of("name", "Jane Doe", "birthday", "1980-03-04", "street", "12 High St", "city", "London"), "r1");
        append(Map.of("name", "Jane Doe", "birthday", "1980-03-04", "street", "12 High Street", "city", "London"), "r2");
        resolveAll();

        assertThat(liveProfileOf(first)).isNotEqualTo(liveProfileOf(second));
        assertThat(new CannotLinks(dataSource()).forbids(liveProfileOf(first).value(), liveProfileOf(second).value())).isTrue();
        assertThat(count("select count(*) from cannot_link where reason = 'review_rejected'")).isEqualTo(1);
        assertThat(reviews.count(ReviewItem.OPEN)).isZero();
    }

    @Test
    void decidingTwiceIsAConflictAndAnUnknownItemIsEmpty() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();
        reviews.reject(id, "ops", null);

        assertThatThrownBy(() -> reviews.accept(id, "ops", null)).isInstanceOf(ReviewConflictException.class);
        assertThatThrownBy(() -> reviews.reject(id, "ops", null)).isInstanceOf(ReviewConflictException.class);
        assertThat(reviews.accept(id + 1000, "ops", null)).isEmpty();
    }

    @Test
    void acceptingAStaleItemMergesTheLiveProfiles() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();
        long third = append(Map.of("plan", "gold"), "r3");
        resolveAll();
        jdbc.update("update profile set merged_into = ? where id = ?", liveProfileOf(third).value(), liveProfileOf(second).value());
        jdbc.update("update touchpoint_profile set profile_id = ? where touchpoint_id = ?", liveProfileOf(third).value(), second);

        reviews.accept(id, "ops", null).orElseThrow();

        assertThat(liveProfileOf(first)).isEqualTo(liveProfileOf(third));
    }

    @Test
    void anItemWhoseSidesMergedByASharedEmailIsClosedAsAlreadyOneProfileAndNeverListedAsOpenAgain() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();
        log.appendAll(List.of(touchpoint(anonymousId("r1"), email("jane@a.example")),
                touchpoint(anonymousId("r2"), email("jane@a.example"))));
        resolveAll();
        ProfileId one = liveProfileOf(first);

        assertThat(liveProfileOf(second)).isEqualTo(one);
        assertThat(reviews.count(ReviewItem.OPEN)).isZero();
        assertThat(reviews.list(ReviewItem.OPEN, 0, 10)).isEmpty();
        assertThat(reviews.list(ReviewItem.ACCEPTED, 0, 10)).singleElement().satisfies(item -> {
            assertThat(item.id()).isEqualTo(id);
            assertThat(item.resolution()).isEqualTo(ReviewItem.MERGED);
            assertThat(item.decidedBy()).isEqualTo(ReviewItem.BY_RULE);
            assertThat(item.decidedAt()).isNotNull();
            assertThat(item.note()).contains("already one profile " + one.value(), "rule shared-identifier");
            assertThat(List.of(item.liveA(), item.liveB())).containsOnly(one.value());
        });
        assertThat(reviews.count(ReviewItem.ACCEPTED)).isEqualTo(1);
    }

    @Test
    void decidingAnItemWhoseSidesAreOneProfileAlreadyClosesItAsMergedAndRejectingItIsAConflict() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();
        profileEdits().merge(liveProfileOf(first), liveProfileOf(second), false, null);

        assertThatThrownBy(() -> reviews.reject(id, "ops", null)).isInstanceOf(ReviewConflictException.class)
                .hasMessageContaining("already one profile");
        Reviews.Decision accepted = reviews.accept(id, "ops", null).orElseThrow();

        assertThat(accepted.resolution()).isEqualTo(ReviewItem.MERGED);
        assertThat(accepted.survivor()).isEqualTo(liveProfileOf(first).value());
        assertThat(count("select count(*) from cannot_link")).isZero();
        assertThat(count("select count(*) from profile_merge where rule = 'review'")).isZero();
        assertThat(count("select count(*) from match_review where status = 'accepted' and decided_by = 'hub:rule'"))
                .isEqualTo(1);
    }

    @Test
    void anItemWhoseSideWasMergedIntoAThirdProfileListsTheSurvivorAndAcceptingMergesTheSurvivors() {
        UUID scoredFirst = liveProfileOf(first).value();
        UUID scoredSecond = liveProfileOf(second).value();
        long third = append(Map.of("plan", "gold"), "r3");
        resolveAll();
        profileEdits().merge(liveProfileOf(third), liveProfileOf(second), false, null);
        UUID survivorOfSecond = liveProfileOf(third).value();

        ReviewItem item = reviews.list(ReviewItem.OPEN, 0, 10).get(0);
        Reviews.Decision decision = reviews.accept(item.id(), "ops", null).orElseThrow();

        assertThat(List.of(item.profileA(), item.profileB())).containsExactlyInAnyOrder(scoredFirst, scoredSecond);
        assertThat(List.of(item.liveA(), item.liveB()))
                .containsExactlyInAnyOrder(scoredFirst, survivorOfSecond).doesNotContain(scoredSecond);
        assertThat(decision.resolution()).isEqualTo(ReviewItem.ACCEPTED);
        assertThat(liveProfileOf(first)).isEqualTo(liveProfileOf(second)).isEqualTo(liveProfileOf(third))
                .isEqualTo(new ProfileId(decision.survivor()));
    }

    @Test
    void rejectingAnItemWhoseSideWasMergedIntoAThirdProfileKeepsTheLiveSurvivorsApart() {
        long third = append(Map.of("plan", "gold"), "r3");
        resolveAll();
        profileEdits().merge(liveProfileOf(third), liveProfileOf(second), false, null);
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();

        reviews.reject(id, "ops", "two people").orElseThrow();

        UUID a = liveProfileOf(first).value();
        UUID b = liveProfileOf(third).value();
        assertThat(count("select count(*) from cannot_link where least(profile_a, profile_b) = least(?::uuid, ?::uuid)"
                + " and greatest(profile_a, profile_b) = greatest(?::uuid, ?::uuid) and reason = 'review_rejected'",
                a, b, a, b)).isEqualTo(1);
        assertThat(count("select count(*) from cannot_link")).isEqualTo(1);
    }

    @Test
    void anItemWhoseLiveSidesACannotLinkKeepsApartIsClosedAsKeptApartAndAcceptingItIsAConflict() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();
        new CannotLinks(dataSource()).add(liveProfileOf(first).value(), liveProfileOf(second).value(),
                CannotLinks.Reason.MANUAL, null);

        assertThat(reviews.count(ReviewItem.OPEN)).isZero();
        assertThatThrownBy(() -> reviews.accept(id, "ops", null)).isInstanceOf(ReviewConflictException.class)
                .hasMessageContaining("kept apart");
        assertThat(reviews.list(ReviewItem.REJECTED, 0, 10)).singleElement().satisfies(item -> {
            assertThat(item.resolution()).isEqualTo(ReviewItem.KEPT_APART);
            assertThat(item.note()).startsWith("kept apart");
        });
        assertThat(liveProfileOf(first)).isNotEqualTo(liveProfileOf(second));
    }

    private ProfileEdits profileEdits() {
        return new ProfileEdits(dataSource(), IdentityRules.defaults());
    }

    private long append(Map<String, Object> traits, String anonymous) {
        return log.appendAll(List.of(withTraits(touchpoint(anonymousId(anonymous)), traits))).get(0).id();
    }

    private void resolveAll() {
        drain(stage);
    }
}
