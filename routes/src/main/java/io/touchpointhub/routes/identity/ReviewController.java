package io.touchpointhub.routes.identity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.matching.ReviewItem;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.review.Reviews;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of probabilistic matching: pairs of profiles the matcher was unsure of, each with
 * both profiles as they are now (names, identifiers, traits), the match weight and its per-field
 * evidence; accepting merges the pair, rejecting keeps it apart for good. Items that merges or
 * cannot-links elsewhere have settled are closed by the hub (decidedBy {@code hub:rule}, resolution
 * {@code merged} or {@code kept_apart}) before they are listed or decided.
 */
@RestController
@RequestMapping("/api/identity/reviews")
@Tag(name = "Identity review", description = "Decide the pairs of profiles probabilistic matching was unsure of")
class ReviewController {

    private static final Set<String> STATUSES = Set.of(ReviewItem.OPEN, ReviewItem.ACCEPTED, ReviewItem.REJECTED);
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    /** Optional body of a decision: who decided, and why. */
    record DecisionRequest(String by, String note) {
    }

    private final Reviews reviews;
    private final ProfileStore profiles;
    private final ObjectMapper json;

    ReviewController(Reviews reviews, ProfileStore profiles, ObjectMapper json) {
        this.reviews = reviews;
        this.profiles = profiles;
        this.json = json;
    }

    @Operation(summary = "Review items by status (open, accepted, rejected), oldest first")
    @GetMapping
    Map<String, Object> list(@RequestParam(defaultValue = "open") String status,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "20") int size) {
        if (!STATUSES.contains(status)) {
            throw new InvalidFieldException("status", "must be one of open, accepted, rejected");
        }
        if (size < 1 || size > 100) {
            throw new InvalidFieldException("size", "must be between 1 and 100");
        }
        if (page < 0) {
            throw new InvalidFieldException("page", "must not be negative");
        }
        Reviews.Page found = reviews.page(status, page, size);
        List<Map<String, Object>> items = found.items().stream().map(this::describe).toList();
        return Map.of("items", items, "page", page, "size", size, "total", found.total());
    }

    @Operation(summary = "Merge the live profiles of the pair now (merge rule 'review', keeping the per-field "
            + "weights as evidence)")
    @PostMapping("/{id}/accept")
    Map<String, Object> accept(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        DecisionRequest decision = decision(request);
        Reviews.Decision done = reviews.accept(id, decision.by(), decision.note())
                .orElseThrow(() -> new NotFoundException("No review " + id));
        return Map.of("id", id, "status", ReviewItem.ACCEPTED, "resolution", done.resolution(),
                "profileId", done.survivor().toString());
    }

    @Operation(summary = "Keep the live profiles of the pair apart for good (a cannot-link with reason "
            + "review_rejected)")
    @PostMapping("/{id}/reject")
    Map<String, Object> reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        DecisionRequest decision = decision(request);
        Reviews.Decision done = reviews.reject(id, decision.by(), decision.note())
                .orElseThrow(() -> new NotFoundException("No review " + id));
        return Map.of("id", id, "status", ReviewItem.REJECTED, "resolution", done.resolution());
    }

    private static DecisionRequest decision(DecisionRequest request) {
        if (request == null) {
            return new DecisionRequest(null, null);
        }
        if (ReviewItem.BY_RULE.equals(request.by())) {
            throw new InvalidFieldException("by", "is reserved for the hub's own decisions");
        }
        return request;
    }

    private Map<String, Object> describe(ReviewItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", item.id());
        view.put("status", item.status());
        view.put("resolution", item.resolution());
        Map<String, Object> evidence = evidence(item);
        view.put("weight", item.weight());
        view.put("model", evidence.get("model"));
        view.put("fields", evidence.get("fields"));
        view.put("profiles", List.of(profile(item.profileA(), item.liveA()), profile(item.profileB(), item.liveB())));
        view.put("createdAt", item.createdAt());
        view.put("decidedAt", item.decidedAt());
        view.put("decidedBy", item.decidedBy());
        view.put("note", item.note());
        return view;
    }

    /**
     * A side as it is now: a profile merged since is shown as the live profile it became (decisions act
     * on that one), the id scored is kept for the audit.
     */
    private Map<String, Object> profile(UUID scored, UUID live) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scoredId", scored.toString());
        view.put("id", live == null ? null : live.toString());
        profiles.find(new ProfileId(live == null ? scored : live)).ifPresent(p -> {
            view.put("id", p.id().toString());
            view.put("names", p.names());
            view.put("identifiers", json.convertValue(p.identifiers(), List.class));
            view.put("traits", p.traits());
        });
        return view;
    }

    private Map<String, Object> evidence(ReviewItem item) {
        try {
            return json.readValue(item.evidence(), JSON_OBJECT);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Evidence of review " + item.id() + " is not readable", e);
        }
    }
}
