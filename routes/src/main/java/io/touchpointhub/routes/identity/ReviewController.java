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
 * evidence; accepting merges the pair, rejecting keeps it apart for good.
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
        List<Map<String, Object>> items = reviews.list(status, page, size).stream().map(this::describe).toList();
        return Map.of("items", items, "page", page, "size", size, "total", reviews.count(status));
    }

    @Operation(summary = "Merge the pair now (merge rule 'review', keeping the per-field weights as evidence)")
    @PostMapping("/{id}/accept")
    Map<String, Object> accept(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        DecisionRequest decision = request == null ? new DecisionRequest(null, null) : request;
        Reviews.Decision done = reviews.accept(id, decision.by(), decision.note())
                .orElseThrow(() -> new NotFoundException("No review " + id));
        return Map.of("id", id, "status", ReviewItem.ACCEPTED, "profileId", done.survivor().toString());
    }

    @Operation(summary = "Keep the pair apart for good (a cannot-link with reason review_rejected)")
    @PostMapping("/{id}/reject")
    Map<String, Object> reject(@PathVariable long id, @RequestBody(required = false) DecisionRequest request) {
        DecisionRequest decision = request == null ? new DecisionRequest(null, null) : request;
        reviews.reject(id, decision.by(), decision.note()).orElseThrow(() -> new NotFoundException("No review " + id));
        return Map.of("id", id, "status", ReviewItem.REJECTED);
    }

    private Map<String, Object> describe(ReviewItem item) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", item.id());
        view.put("status", item.status());
        Map<String, Object> evidence = evidence(item);
        view.put("weight", item.weight());
        view.put("model", evidence.get("model"));
        view.put("fields", evidence.get("fields"));
        view.put("profiles", List.of(profile(item.profileA()), profile(item.profileB())));
        view.put("createdAt", item.createdAt());
        view.put("decidedAt", item.decidedAt());
        view.put("decidedBy", item.decidedBy());
        view.put("note", item.note());
        return view;
    }

    /** A side as it is now: a profile merged since is shown as the profile it became. */
    private Map<String, Object> profile(UUID scored) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("scoredId", scored.toString());
        profiles.find(new ProfileId(scored)).ifPresent(p -> {
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
