package io.touchpointhub.routes.profile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.undo.MergeResult;
import io.touchpointhub.identity.undo.ProfileEditException;
import io.touchpointhub.identity.undo.ProfileEdits;
import io.touchpointhub.identity.undo.UnmergeResult;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.routes.web.ApiProblems;
import io.touchpointhub.routes.web.InvalidFieldException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Undo and redo of identity resolution by an operator: split a merged profile into the profiles it was
 * made of, or merge two profiles the rules kept apart. The search index follows once the index stage
 * has written the queued work (usually within a second).
 */
@RestController
@RequestMapping("/api/profiles")
@Tag(name = "Profiles", description = "Unified customer profiles and their cross-channel timeline")
class ProfileEditController {

    static final int MAX_NOTE_LENGTH = 1000;

    private final ProfileEdits edits;

    ProfileEditController(ProfileEdits edits) {
        this.edits = edits;
    }

    /**
     * @param profileIds merged profiles to split off (each with what was merged into it before); all when empty
     * @param note       why, kept in the merge audit
     */
    record UnmergeRequest(List<UUID> profileIds, String note) {
    }

    /**
     * @param profileId the profile to merge into the one in the path
     * @param force     merge even when a cannot-link constraint keeps the two apart, removing it
     * @param note      why, kept in the merge audit
     */
    record MergeRequest(UUID profileId, Boolean force, String note) {
    }

    @Operation(summary = "Split a merged profile back into the profiles it was made of; a merged id splits its live profile")
    @PostMapping("/{id}/unmerge")
    Map<String, Object> unmerge(@PathVariable UUID id, @RequestBody(required = false) UnmergeRequest request) {
        List<UUID> parts = request == null || request.profileIds() == null ? List.of() : request.profileIds();
        if (parts.stream().anyMatch(p -> p == null)) {
            throw new InvalidFieldException("profileIds", "must not contain null");
        }
        UnmergeResult result = edits.unmerge(new ProfileId(id), parts.stream().map(ProfileId::new).toList(),
                note(request == null ? null : request.note()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", result.profile().toString());
        answer.put("parts", result.parts().stream().map(ProfileId::toString).toList());
        answer.put("movedTouchpoints", result.movedTouchpoints());
        Map<String, String> remerged = new LinkedHashMap<>();
        result.remerged().forEach((merged, survivor) -> remerged.put(merged.toString(), survivor.toString()));
        answer.put("remerged", remerged);
        return answer;
    }

    @Operation(summary = "Merge another profile into this one by hand (rule \"manual\"); 409 when a cannot-link forbids it unless force")
    @PostMapping("/{id}/merge")
    Map<String, Object> merge(@PathVariable UUID id, @RequestBody(required = false) MergeRequest request) {
        if (request == null || request.profileId() == null) {
            throw new InvalidFieldException("profileId", "is required");
        }
        MergeResult result = edits.merge(new ProfileId(id), new ProfileId(request.profileId()),
                Boolean.TRUE.equals(request.force()), note(request.note()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", result.survivor().toString());
        answer.put("merged", result.merged().toString());
        answer.put("movedTouchpoints", result.movedTouchpoints());
        answer.put("constraintsRemoved", result.constraintsRemoved());
        return answer;
    }

    @ExceptionHandler(ProfileEditException.class)
    ProblemDetail refused(ProfileEditException e) {
        ProblemDetail problem = switch (e.reason()) {
            case UNKNOWN_PROFILE -> problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
            case NOT_A_PART -> ApiProblems.invalidField("profileIds", "must name profiles merged into this one");
            default -> problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        };
        problem.setProperty("reason", e.reason().name().toLowerCase(Locale.ROOT));
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String note(String note) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidFieldException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return note == null || note.isBlank() ? null : note.strip();
    }
}
