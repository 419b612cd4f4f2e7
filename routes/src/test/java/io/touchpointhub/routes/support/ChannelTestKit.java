package io.touchpointhub.routes.support;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.identity.pipeline.PipelineBacklog;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.channels.ChannelIntake;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * For engineers adding a channel: replays recorded payloads through the whole pipeline (mapper,
 * intake, identity, index) of the test hub and reads the result back through the public API, in a
 * JUnit test. Payload files are read as UTF-8, one payload per file, in file-name order.
 *
 * <pre>{@code
 * ChannelTestKit kit = new ChannelTestKit(channelIntake, backlog, hub());
 * kit.replay(Channel.SOCIAL, "mastodon-main", "mastodon-status", Path.of("src/test/resources/recorded"));
 * JsonNode profile = kit.profile("mastodon:@ana@example.social").orElseThrow();
 * }</pre>
 */
public final class ChannelTestKit {

    private final ChannelIntake intake;
    private final PipelineBacklog backlog;
    private final HubClient hub;

    public ChannelTestKit(ChannelIntake intake, PipelineBacklog backlog, HubClient hub) {
        this.intake = intake;
        this.backlog = backlog;
        this.hub = hub;
    }

    /** Sends each payload through the mapper of {@code format}, then waits until all is searchable. */
    public List<ChannelIntake.Outcome> replay(Channel channel, String source, String format, List<String> payloads) {
        List<ChannelIntake.Outcome> outcomes = new ArrayList<>();
        for (String payload : payloads) {
            outcomes.add(intake.accept(channel, source, format, payload));
        }
        awaitSearchable();
        return outcomes;
    }

    /** The same for a directory of recorded payloads (or a single file). */
    public List<ChannelIntake.Outcome> replay(Channel channel, String source, String format, Path recorded) {
        return replay(channel, source, format, read(recorded));
    }

    /** Waits until identity resolution and indexing have caught up and the index is refreshed. */
    public void awaitSearchable() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> backlog.pending().getOrDefault("identify", 0L) == 0
                        && backlog.pending().getOrDefault("index", 0L) == 0);
        hub.refreshSearch();
    }

    /**
     * The 360° view ({@code GET /api/profiles/{id}}) of the profile holding this identifier value (an
     * e-mail, a handle, a user id; compared case-insensitively), or empty while no profile holds it. A
     * lookup may also answer similar profiles (a name one typo away); only an exact holder counts here.
     */
    public Optional<JsonNode> profile(String identifier) {
        JsonNode results = hub.get("/api/profiles?q=" + URLEncoder.encode(identifier, StandardCharsets.UTF_8)).json()
                .path("results");
        for (JsonNode result : results) {
            JsonNode view = hub.get("/api/profiles/" + result.path("id").asText() + "?size=500").json();
            for (JsonNode id : view.path("identifiers")) {
                if (id.path("value").asText().equalsIgnoreCase(identifier.trim())) {
                    return Optional.of(view);
                }
            }
        }
        return Optional.empty();
    }

    /** How many profiles answer a lookup: 1 when the channel's touchpoints resolved to one person. */
    public int profileCount(String query) {
        return hub.get("/api/profiles?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json()
                .path("results").size();
    }

    private static List<String> read(Path recorded) {
        try {
            if (!Files.isDirectory(recorded)) {
                return List.of(Files.readString(recorded, StandardCharsets.UTF_8));
            }
            try (Stream<Path> files = Files.list(recorded)) {
                List<String> payloads = new ArrayList<>();
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    payloads.add(Files.readString(file, StandardCharsets.UTF_8));
                }
                return payloads;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
