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
 */
public final class Reviews {

    public static final String RULE = "review";
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    /**
     * A decision taken.
     *
     * @param survivor the profile both sides now are (accepted), or null (rejected)
     */
    public record Decision(ReviewItem item, UUID survivor) {
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

    public List<ReviewItem> list(String status, int page, int size) {
        return queue.list(status, page, size);
    }

    public long count(String status) {
        return queue.count(status);
    }

    /** Merges the pair; empty for an unknown item. */
    public Optional<Decision> accept(long id, String decidedBy, String note) {
        return db.inTransaction(() -> queue.lock(id).map(item -> {
            requireOpen(item);
            ProfileMerges.Result result = merges.merge(item.profileA(), item.profileB(), RULE, evidence(item, decidedBy));
            if (result.outcome() == ProfileMerges.Outcome.KEPT_APART || result.outcome() == ProfileMerges.Outcome.UNKNOWN) {
                throw new ReviewConflictException("Review " + id + " cannot be accepted: its profiles are kept apart");
            }
            queue.decide(id, ReviewItem.ACCEPTED, decidedBy, note);
            return new Decision(item, result.survivor());
        }));
    }

    /** Keeps the pair apart for good; empty for an unknown item. */
    public Optional<Decision> reject(long id, String decidedBy, String note) {
        return db.inTransaction(() -> queue.lock(id).map(item -> {
            requireOpen(item);
            cannotLinks.add(item.profileA(), item.profileB(), CannotLinks.Reason.REVIEW_REJECTED, note);
            queue.decide(id, ReviewItem.REJECTED, decidedBy, note);
            return new Decision(item, null);
        }));
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
