package io.touchpointhub.routes.alerts;

import io.touchpointhub.search.alerts.IntervalCount;
import io.touchpointhub.search.alerts.Mention;
import io.touchpointhub.search.alerts.TopicActivity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Checks every tracked topic for spikes at a moment: the last full hour against the {@code hourBaseline}
 * hours before it, and the 24 hours to the same end against the {@code dayBaseline} days before them
 * (one Elasticsearch aggregation each). Raising is idempotent, so running it again for the same moment,
 * on this instance or another, raises nothing twice.
 */
@Component
class SpikeCheck {

    static final String CHECK = "spike";
    /** After an outage, the timer checks the hours it missed, up to a day of them. */
    static final int MAX_CATCH_UP_HOURS = 24;
    private static final Logger LOG = LoggerFactory.getLogger(SpikeCheck.class);

    private final TopicActivity activity;
    private final AlertTopics topics;
    private final AlertStore store;
    private final AlertChannels channels;
    private final AlertProperties properties;
    private final SpikeRule rule;

    SpikeCheck(TopicActivity activity, AlertTopics topics, AlertStore store, AlertChannels channels,
               AlertProperties properties) {
        this.activity = activity;
        this.topics = topics;
        this.store = store;
        this.channels = channels;
        this.properties = properties;
        this.rule = new SpikeRule(properties.k(), properties.minVolume());
    }

    /** What one check did. */
    record Result(Instant windowEnd, int topics, List<Long> raised) {
    }

    /**
     * The timer's check: every window end since the last one checked (at most {@value #MAX_CATCH_UP_HOURS}
     * hours back), so an hour missed while the hub was down or the timer late is still checked.
     */
    List<Result> catchUp(Instant now) {
        Instant end = WindowKind.windowEnd(now);
        Instant oldest = end.minus(WindowKind.HOUR.length().multipliedBy(MAX_CATCH_UP_HOURS - 1));
        Instant next = store.checkedUntil(CHECK).map(last -> last.plus(WindowKind.HOUR.length())).orElse(end);
        next = next.isBefore(oldest) ? oldest : next;
        List<Result> results = new ArrayList<>();
        for (Instant at = next; !at.isAfter(end); at = at.plus(WindowKind.HOUR.length())) {
            results.add(run(at));
            store.saveCheckedUntil(CHECK, at);
        }
        return results;
    }

    /** Checks the windows ending at the full hour of {@code at}. */
    Result run(Instant at) {
        Instant end = WindowKind.windowEnd(at);
        List<String> names = topics.names();
        List<Long> raised = new ArrayList<>();
        for (String topic : names) {
            for (WindowKind kind : WindowKind.values()) {
                check(topic, kind, end).ifPresent(raised::add);
            }
        }
        LOG.info("Spike check for windows ending {}: {} topics, {} alerts raised", end, names.size(), raised.size());
        return new Result(end, names.size(), raised);
    }

    private Optional<Long> check(String topic, WindowKind kind, Instant end) {
        int baseline = kind == WindowKind.HOUR ? properties.hourBaseline() : properties.dayBaseline();
        List<IntervalCount> counts = activity.counts(topic, end, kind.length(), baseline + 1);
        IntervalCount window = counts.get(baseline);
        List<Figure> figures = rule.breaches(counts.subList(0, baseline), window);
        if (figures.isEmpty()) {
            return Optional.empty();
        }
        Alert.Window span = new Alert.Window(kind.wireName(), window.start(), end);
        Optional<Long> id = store.raise(Alert.spike(topic, span, figures, samples(topic, span, figures)),
                channels.enabled());
        id.ifPresent(alert -> LOG.info("Spike alert {} raised: topic {}, {} window ending {}, {}", alert, topic,
                kind.wireName(), end, figures.stream().map(Figure::metric).toList()));
        return id;
    }

    /** The newest mentions of the window; only negative ones when the negative share alone spiked. */
    private List<Alert.Sample> samples(String topic, Alert.Window window, List<Figure> figures) {
        if (properties.samples() == 0) {
            return List.of();
        }
        boolean negativeOnly = figures.stream().noneMatch(f -> Figure.VOLUME.equals(f.metric()));
        List<Mention> mentions = activity.sample(topic, window.start(), window.end(), negativeOnly, properties.samples());
        return mentions.stream().map(AlertChannels::sample).toList();
    }
}
