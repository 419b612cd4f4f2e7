package io.touchpointhub.identity.review;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
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
                    profileOf(first).value(), profileOf(second).value());
            assertThat(item.weight()).isBetween(14.0, 24.0);
            assertThat(item.evidence()).contains("\"first_name\"", "\"city\"");
        });
        assertThat(reviews.count(ReviewItem.OPEN)).isEqualTo(1);
    }

    @Test
    void acceptingMergesThePairWithTheReviewedEvidence() {
        long id = reviews.list(ReviewItem.OPEN, 0, 10).get(0).id();

        Reviews.Decision decision = reviews.accept(id, "ops", "same person").orElseThrow();

        assertThat(profileOf(first)).isEqualTo(profileOf(second)).isEqualTo(new ProfileId(decision.survivor()));
        List<MergeRecord> merges = profiles.merges(profileOf(first));
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

        assertThat(profileOf(first)).isNotEqualTo(profileOf(second));
        assertThat(new CannotLinks(dataSource()).forbids(profileOf(first).value(), profileOf(second).value())).isTrue();
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
        jdbc.update("update profile set merged_into = ? where id = ?", profileOf(third).value(), profileOf(second).value());
        jdbc.update("update touchpoint_profile set profile_id = ? where touchpoint_id = ?", profileOf(third).value(), second);

        reviews.accept(id, "ops", null).orElseThrow();

        assertThat(profileOf(first)).isEqualTo(profileOf(third));
    }

    private long append(Map<String, Object> traits, String anonymous) {
        return log.appendAll(List.of(withTraits(touchpoint(anonymousId(anonymous)), traits))).get(0).id();
    }

    private void resolveAll() {
        while (stage.runOnce(100) > 0) {
            // until idle
        }
    }

    private static ProfileId profileOf(long touchpointId) {
        UUID id = jdbc.queryForObject("""
                select coalesce(p.merged_into, p.id) from touchpoint_profile tp join profile p on p.id = tp.profile_id
                where tp.touchpoint_id = ?""", UUID.class, touchpointId);
        return new ProfileId(id);
    }
}
