package io.touchpointhub.routes.listening;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every topic the hub tracks: those of {@code hub.listening.topics} and those created through
 * {@code /api/listening/topics} (table {@code tracked_topic}). A stored topic overrides a configured one of
 * the same name.
 */
@Component
public class TrackedTopics {

    private final List<TopicDefinition> configured;

    TrackedTopics(ListeningProperties properties) {
        this.configured = properties.topics().stream()
                .map(t -> new TopicDefinition(t.name().toLowerCase(java.util.Locale.ROOT), t.kind(), t.query(),
                        t.exclude()))
                .toList();
    }

    /** All tracked topics, sorted by name. */
    public List<TopicDefinition> all() {
        Map<String, TopicDefinition> byName = new LinkedHashMap<>();
        configured.forEach(t -> byName.put(t.name(), t));
        List<TopicDefinition> topics = new ArrayList<>(byName.values());
        topics.sort(Comparator.comparing(TopicDefinition::name));
        return List.copyOf(topics);
    }
}
