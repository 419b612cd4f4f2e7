package io.touchpointhub.routes.listening;

import io.touchpointhub.identity.store.TrackedTopicStore;
import io.touchpointhub.identity.store.TrackedTopicStore.StoredTopic;
import io.touchpointhub.nlp.topic.InvalidTopicQueryException;
import io.touchpointhub.nlp.topic.TopicRule;
import io.touchpointhub.nlp.topic.TopicTagger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every topic the hub tracks: those of {@code hub.listening.topics} (checked at start-up: a bad query
 * stops the hub with the property's name) and those created through {@code /api/listening/topics}
 * (table {@code tracked_topic}). Names are unique across both; configured topics cannot be changed
 * through the API.
 */
@Component
public class TrackedTopics {

    private static final Logger LOG = LoggerFactory.getLogger(TrackedTopics.class);

    private final List<TopicDefinition> configured;
    private final TrackedTopicStore store;
    private final AtomicReference<Compiled> compiled = new AtomicReference<>(new Compiled(List.of(), new TopicTagger(List.of())));

    TrackedTopics(ListeningProperties properties, TrackedTopicStore store) {
        this.store = store;
        List<TopicDefinition> topics = new ArrayList<>();
        for (int i = 0; i < properties.topics().size(); i++) {
            ListeningProperties.Topic t = properties.topics().get(i);
            topics.add(TopicRules.checked("hub.listening.topics[" + i + "].", t.name(), t.kind(), t.query(), t.exclude()));
        }
        this.configured = List.copyOf(topics);
    }

    /** A topic definition with where it comes from. */
    record Tracked(TopicDefinition topic, boolean configured) {
    }

    private record Compiled(List<TopicDefinition> topics, TopicTagger tagger) {
    }

    /** All tracked topics, sorted by name. */
    public List<TopicDefinition> all() {
        return tracked().stream().map(Tracked::topic).toList();
    }

    /** All tracked topics of one kind ({@code brand}, {@code competitor} ...), sorted by name. */
    public List<TopicDefinition> ofKind(String kind) {
        return all().stream().filter(t -> t.kind().equals(kind)).toList();
    }

    List<Tracked> tracked() {
        Map<String, Tracked> byName = new LinkedHashMap<>();
        configured.forEach(t -> byName.put(t.name(), new Tracked(t, true)));
        for (StoredTopic s : store.all()) {
            byName.putIfAbsent(s.name(), new Tracked(new TopicDefinition(s.name(), s.kind(), s.query(), s.exclude()), false));
        }
        List<Tracked> topics = new ArrayList<>(byName.values());
        topics.sort(Comparator.comparing(t -> t.topic().name()));
        return topics;
    }

    Optional<Tracked> find(String name) {
        return tracked().stream().filter(t -> t.topic().name().equals(name)).findFirst();
    }

    /**
     * The tagger for the current topics. Reads the stored topics on every call (one small query per NLP
     * batch) so that topics changed on another hub instance apply here too; compiles only when they changed.
     */
    TopicTagger tagger() {
        List<TopicDefinition> current = all();
        Compiled last = compiled.get();
        if (last.topics().equals(current)) {
            return last.tagger();
        }
        List<TopicRule> rules = new ArrayList<>();
        for (TopicDefinition topic : current) {
            try {
                rules.add(TopicRules.compile(topic));
            } catch (InvalidTopicQueryException e) {
                // only a row edited outside the API can get here; one bad topic must not stop the stage
                LOG.warn("Tracked topic {} has an invalid query ({}); skipped", topic.name(), e.rule());
            }
        }
        TopicTagger tagger = new TopicTagger(rules);
        compiled.set(new Compiled(current, tagger));
        return tagger;
    }

    boolean isConfigured(String name) {
        return configured.stream().anyMatch(t -> t.name().equals(name));
    }

    /** Creates or replaces a stored topic; true when created. */
    boolean save(TopicDefinition topic) {
        return store.save(new StoredTopic(topic.name(), topic.kind(), topic.query(), topic.exclude()));
    }

    boolean delete(String name) {
        return store.delete(name);
    }
}
