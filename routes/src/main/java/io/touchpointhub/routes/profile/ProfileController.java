package io.touchpointhub.routes.profile;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import io.touchpointhub.search.ProfileDocument;
import io.touchpointhub.search.profile.ProfileHit;
import io.touchpointhub.search.profile.ProfileSearch;
import io.touchpointhub.search.profile.TimelinePage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Look a customer up, and open the 360° view: profile, identifiers with their sources, timeline. */
@RestController
@RequestMapping("/api/profiles")
@Tag(name = "Profiles", description = "Unified customer profiles and their cross-channel timeline")
class ProfileController {

    static final int MAX_PAGE_SIZE = 500;
    static final int MAX_TIMELINE_WINDOW = 10_000;
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() { };

    private final ProfileSearch search;
    private final ProfileStore store;
    private final IdentifierNormalizer normalizer;
    private final ObjectMapper json;

    ProfileController(ProfileSearch search, ProfileStore store, IdentifierNormalizer normalizer, ObjectMapper json) {
        this.search = search;
        this.store = store;
        this.normalizer = normalizer;
        this.json = json;
    }

    @Operation(summary = "Find profiles by any identifier (an e-mail or a phone typed any common way) or by name, best first")
    @GetMapping
    Map<String, Object> find(@RequestParam String q, @RequestParam(defaultValue = "10") int size) {
        if (q.isBlank()) {
            throw new InvalidFieldException("q", "must not be blank");
        }
        requireRange("size", size, 1, 100);
        List<Map<String, Object>> results = search.find(q.trim(), normalizer.interpret(q), size).stream()
                .map(this::describe)
                .toList();
        return Map.of("results", results);
    }

    @Operation(summary = "The 360° view of a profile: golden record (attributes with the source of each value), "
            + "identifiers, timeline; an id merged into another answers with the survivor")
    @GetMapping("/{id}")
    Map<String, Object> view(@PathVariable UUID id,
                             @RequestParam(defaultValue = "0") int page,
                             @RequestParam(defaultValue = "50") int size) {
        requireRange("size", size, 1, MAX_PAGE_SIZE);
        // Elasticsearch pages by from+size up to its 10,000-hit window
        requireRange("page", page, 0, MAX_TIMELINE_WINDOW / size - 1);
        ProfileId requested = new ProfileId(id);
        ProfileId live = store.resolveLive(requested)
                .orElseThrow(() -> new NotFoundException("No profile " + id));
        ProfileDocument document = search.get(live)
                .or(() -> store.find(live).map(ProfileDocument::from))
                .orElseThrow(() -> new NotFoundException("No profile " + id));
        TimelinePage timeline = search.timeline(live, page, size);

        Map<String, Object> view = new LinkedHashMap<>(json.convertValue(document, JSON_OBJECT));
        if (!live.equals(requested)) {
            view.put("requestedId", requested.toString());
        }
        view.put("timeline", timeline.items());
        view.put("timelinePage", Map.of("page", timeline.page(), "size", timeline.size(), "total", timeline.total()));
        return view;
    }

    @Operation(summary = "The merge audit of a profile: merges (by which identifier and touchpoint; manual; or, rules "
            + "probabilistic and review, with the per-field weights and their total as evidence) and unmerges it took part in")
    @GetMapping("/{id}/merges")
    Map<String, Object> merges(@PathVariable UUID id) {
        ProfileId live = store.resolveLive(new ProfileId(id))
                .orElseThrow(() -> new NotFoundException("No profile " + id));
        return Map.of("id", live.toString(), "merges", store.merges(live));
    }

    private Map<String, Object> describe(ProfileHit hit) {
        Map<String, Object> result = new LinkedHashMap<>(json.convertValue(hit.profile(), JSON_OBJECT));
        result.put("score", hit.score());
        return result;
    }

    private static void requireRange(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidFieldException(field, "must be between " + min + " and " + max);
        }
    }
}
