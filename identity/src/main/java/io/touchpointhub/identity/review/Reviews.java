package io.touchpointhub.identity.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.matching.ReviewItem;
import io.touchpointhub.identity.matching.ReviewQueue;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.ProfileMerges;
import io.touchpointhub.identity.store.CannotLinks;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The review queue as operators use it: list the pairs, accept one (the profiles merge now, rule
 * {@code review}, keeping the scores as evidence) or reject it (a cannot-link with reason
 * {@code review_rejected}, which every later merge respects). Items name the profiles as they were when
 * scored; a decision applies to the live profiles they became. Each decision is one transaction, with
 * the item locked, so an item is decided once.
 *
 * <p>An item that merges or cannot-links elsewhere have settled since it was scored is closed by the
 * hub ({@link ReviewItem#BY_RULE}) before anyone sees or decides it: every read and every decision
 * first runs {@link ReviewQueue#settle(Long)} in its own transaction (lazy, off the identify stage's
 * hot path). A decision that agrees with the settled fact succeeds (accepting a pair that is one
 * profile already, rejecting a pair kept apart); one that contradicts it is a conflict.
 */
public final class Reviews {

    public static final String RULE = "review";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    /**
     * A decision taken.
     *
     * @param item     the item as it was decided (closed by rule when the hub settled it first)
     * @param survivor the profile both sides now are (accepted, or already one), or null
     */
    public record Decision(ReviewItem item, UUID survivor, String resolution) {
    }

    /** A page of items and the number of items with that status. */
    public record Page(List<ReviewItem> items, long total) {
    }

    private final Db db;
    private final ObjectMapper json;
    private final ReviewQueue queue;
    private final ProfileMerges merges;
    private final CannotLinks cannotLinks;

    public Reviews(DataSource dataSource, ObjectMapper objectMapper, IdentityRules rules) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.queue = new ReviewQueue(db.jdbc());
        this.merges = new ProfileMerges(dataSource, objectMapper, rules);
        this.cannotLinks = new CannotLinks(dataSource);
    }

    /** A page of items with this status and their total, after closing the items merges have settled. */
    public Page page(String status, int page, int size) {
        return db.inTransaction(() -> {
            queue.settle(null);
            return new Page(queue.list(status, page, size), queue.count(status));
        });
    }

    public List<ReviewItem> list(String status, int page, int size) {
        return page(status, page, size).items();
    }

    public long count(String status) {
        return db.inTransaction(() -> {
            queue.settle(null);
            return queue.count(status);
        });
    }

    /**
     * Merges the live profiles of the pair; empty for an unknown item. An item whose sides are one
     * profile already is closed as {@link ReviewItem#MERGED} and answered with that profile.
     *
     * @throws ReviewConflictException when the item was decided before, or a cannot-link keeps the live
     *                                 profiles apart (the item is then closed as {@link ReviewItem#KEPT_APART})
     */
    public Optional<Decision> accept(long id, String decidedBy, String note) {
        Optional<Decision> decision = db.inTransaction(() -> queue.lock(id).map(locked -> {
            ReviewItem item = settled(locked);
            if (!item.isOpen()) {
                return new Decision(item, item.liveA(), item.resolution());
            }
            ProfileMerges.Result result = merges.merge(item.liveA(), item.liveB(), RULE, evidence(item, decidedBy));
            if (result.outcome() == ProfileMerges.Outcome.KEPT_APART || result.outcome() == ProfileMerges.Outcome.UNKNOWN) {
                throw new ReviewConflictException("Review " + id + " cannot be accepted: its profiles are kept apart");
            }
            queue.decide(id, ReviewItem.ACCEPTED, decidedBy, note);
            return new Decision(item, result.survivor(), ReviewItem.ACCEPTED);
        }));
        // thrown after the commit, so that the closing of the item is kept
        decision.filter(d -> ReviewItem.KEPT_APART.equals(d.resolution())).ifPresent(d -> {
            throw new ReviewConflictException("Review " + id + " cannot be accepted: " + d.item().note());
        });
        return decision;
    }

    /**
     * Keeps the live profiles of the pair apart for good (a cannot-link between the live profiles, not
     * the ids scored); empty for an unknown item. An item a cannot-link settled already is closed as
     * {@link ReviewItem#KEPT_APART}.
     *
     * @throws ReviewConflictException when the item was decided before, or its sides are one profile
     *                                 already (the item is then closed as {@link ReviewItem#MERGED})
     */
    public Optional<Decision> reject(long id, String decidedBy, String note) {
        Optional<Decision> decision = db.inTransaction(() -> queue.lock(id).map(locked -> {
            ReviewItem item = settled(locked);
            if (!item.isOpen()) {
                return new Decision(item, null, item.resolution());
            }
            if (item.liveA() == null || item.liveB() == null) {
                throw new ReviewConflictException("Review " + id + " cannot be rejected: a profile of it is gone");
            }
            cannotLinks.add(item.liveA(), item.liveB(), CannotLinks.Reason.REVIEW_REJECTED, note);
            queue.decide(id, ReviewItem.REJECTED, decidedBy, note);
            return new Decision(item, null, ReviewItem.REJECTED);
        }));
        decision.filter(d -> ReviewItem.MERGED.equals(d.resolution())).ifPresent(d -> {
            throw new ReviewConflictException("Review " + id + " cannot be rejected: " + d.item().note());
        });
        return decision;
    }

    /**
     * The locked item, closed first when a merge or a cannot-link has settled it since it was scored. An
     * item the hub closed before is answered like one it closes now: a person's earlier decision is a
     * conflict.
     */
    private ReviewItem settled(ReviewItem locked) {
        if (ReviewItem.BY_RULE.equals(locked.decidedBy())) {
            return locked;
        }
        requireOpen(locked);
        return queue.settle(locked.id()) == 0 ? locked : queue.lock(locked.id()).orElseThrow();
    }

    private static void requireOpen(ReviewItem item) {
        if (!ReviewItem.OPEN.equals(item.status())) {
            throw new ReviewConflictException("Review " + item.id() + " was already " + item.status());
        }
    }

    /** The scores the reviewer saw, marked as a reviewed merge. */
    private String evidence(ReviewItem item, String decidedBy) {
        try {
            Map<String, Object> evidence = new LinkedHashMap<>(json.readValue(item.evidence(), JSON_OBJECT));
            evidence.put("rule", RULE);
            evidence.put("review", item.id());
            if (decidedBy != null) {
                evidence.put("decidedBy", decidedBy);
            }
            return json.writeValueAsString(evidence);
        } catch (JsonProcessingException e) {
            throw new IdentityException("Evidence of review " + item.id() + " is not readable", e);
        }
    }
}
