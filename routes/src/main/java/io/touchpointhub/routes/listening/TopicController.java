package io.touchpointhub.routes.listening;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.identity.pipeline.TouchpointAnalyses;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Tracked topics: list, create, replace and delete those created through the API; configured topics are
 * listed but read-only. A change applies to touchpoints analysed from then on; {@code POST .../retag}
 * queues already analysed touchpoints for the NLP stage again.
 */
@RestController
@RequestMapping("/api/listening/topics")
@Tag(name = "Listening", description = "What is said about tracked topics: mentions, trends, share of voice, authors")
class TopicController {

    private final TrackedTopics topics;
    private final TouchpointAnalyses analyses;

    TopicController(TrackedTopics topics, TouchpointAnalyses analyses) {
        this.topics = topics;
        this.analyses = analyses;
    }

    /** A topic as sent to the API. */
    record TopicRequest(String name, String kind, String query, List<String> exclude) {
    }

    @Operation(summary = "Every tracked topic, configured and created through the API")
    @GetMapping
    Map<String, Object> list() {
        return Map.of("topics", topics.tracked().stream().map(TopicController::view).toList());
    }

    @Operation(summary = "One tracked topic")
    @GetMapping("/{name}")
    Map<String, Object> get(@PathVariable String name) {
        return topics.find(name.toLowerCase(Locale.ROOT)).map(TopicController::view)
                .orElseThrow(() -> new NotFoundException("No tracked topic " + name));
    }

    @Operation(summary = "Create a topic; 409 when the name is taken")
    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody TopicRequest request) {
        TopicDefinition topic = checked(request, null);
        if (topics.find(topic.name()).isPresent()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A topic with this name exists; PUT replaces it");
        }
        topics.save(topic);
        return ResponseEntity.status(HttpStatus.CREATED).body(view(new TrackedTopics.Tracked(topic, false)));
    }

    @Operation(summary = "Create or replace a topic created through the API")
    @PutMapping("/{name}")
    ResponseEntity<Map<String, Object>> replace(@PathVariable String name, @RequestBody TopicRequest request) {
        TopicDefinition topic = checked(request, name);
        boolean created = topics.save(topic);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(view(new TrackedTopics.Tracked(topic, false)));
    }

    @Operation(summary = "Delete a topic created through the API; touchpoints keep the tag until re-tagged")
    @DeleteMapping("/{name}")
    ResponseEntity<Void> delete(@PathVariable String name) {
        String normal = name.toLowerCase(Locale.ROOT);
        refuseConfigured(normal);
        if (!topics.delete(normal)) {
            throw new NotFoundException("No tracked topic " + name);
        }
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Queue analysed touchpoints (optionally those occurred since a date) for tagging with the current topics")
    @PostMapping("/retag")
    Map<String, Object> retag(@RequestParam(required = false) String from) {
        return Map.of("queued", analyses.requeue(ListeningParameters.instant("from", from)));
    }

    private TopicDefinition checked(TopicRequest request, String pathName) {
        if (request == null) {
            throw new InvalidFieldException("body", "must be a topic object");
        }
        String name = pathName != null ? pathName : request.name();
        if (pathName != null && request.name() != null && !request.name().equalsIgnoreCase(pathName)) {
            throw new InvalidFieldException("name", "must match the name in the path");
        }
        TopicDefinition topic = TopicRules.checked("", name, request.kind(), request.query(), request.exclude());
        refuseConfigured(topic.name());
        return topic;
    }

    private void refuseConfigured(String name) {
        if (topics.isConfigured(name)) {
            throw new InvalidFieldException("name", "is configured in hub.listening.topics; change it there");
        }
    }

    private static Map<String, Object> view(TrackedTopics.Tracked tracked) {
        TopicDefinition topic = tracked.topic();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", topic.name());
        view.put("kind", topic.kind());
        view.put("query", topic.query());
        view.put("exclude", topic.exclude());
        view.put("source", tracked.configured() ? "configuration" : "api");
        return view;
    }
}
