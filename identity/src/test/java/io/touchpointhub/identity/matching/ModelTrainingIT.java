package io.touchpointhub.identity.matching;

import static io.touchpointhub.identity.matching.StoredWeightsTest.assertSameWeights;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ModelTrainingIT extends PostgresIT {

    private static final Duration INTERVAL = Duration.ofHours(6);
    private static final double GROWTH = 1.5;

    private final ObjectMapper json = Json.defaultMapper();
    private final MatchingSettings settings = new MatchingSettings(true, 24, 14, 0, 100, 50, 20, 500, 20_000);
    private final SplittableRandom random = new SplittableRandom(7);

    private ModelTraining training() {
        return new ModelTraining(dataSource(), json, settings);
    }

    @Test
    void anEstimateTrainedAndStoredIsWhatANewTrainingOverTheSameDatabaseAnswersAtOnce() {
        int population = addPeople(1000);
        ModelTraining first = training();
        assertThat(first.current().origin()).isEqualTo("defaults");

        assertThat(first.retrain()).isTrue();
        ModelTraining restarted = training();

        assertThat(restarted.current().origin()).isEqualTo("em");
        assertSameWeights(restarted.current(), first.current());
        assertThat(count("select count(*) from match_model where sample_size = ? and profiles = ?", population,
                population)).isEqualTo(1);
    }

    @Test
    void aStoredEstimateWithAnotherNumberOfLevelsIsIgnoredForTheDefaultsAndRetrainedAtStart() throws Exception {
        addPeople(1000);
        training().retrain();
        ObjectNode form = (ObjectNode) json.readTree(jdbc.queryForObject("select weights::text from match_model",
                String.class));
        ObjectNode lastName = (ObjectNode) form.withArray("fields").get(MatchFields.LAST_NAME);
        ((ArrayNode) lastName.get("levels")).remove(0);
        ((ArrayNode) lastName.get("m")).remove(0);
        ((ArrayNode) lastName.get("u")).remove(0);
        jdbc.update("update match_model set weights = ?::json", form.toString());

        ModelTraining restarted = training();

        assertThat(restarted.current().origin()).isEqualTo("defaults");
        assertSameWeights(restarted.current(), MatchWeights.defaults());
        assertThat(restarted.retrainUnlessRecent(INTERVAL, GROWTH)).isTrue();
        assertThat(count("select count(*) from match_model")).isEqualTo(2);
    }

    @Test
    void aRecentEstimateIsKeptAtStartWhileTheProfilesHaveNotGrownBeyondTheFactor() {
        addPeople(1000);
        ModelTraining first = training();
        first.retrain();
        addPeople(300);

        ModelTraining restarted = training();

        assertThat(restarted.retrainUnlessRecent(INTERVAL, GROWTH)).isFalse();
        assertThat(count("select count(*) from match_model")).isEqualTo(1);
        assertSameWeights(restarted.current(), first.current());
    }

    @Test
    void aStartRetrainsWhenTheProfilesGrewBeyondTheFactorSinceTheStoredEstimate() {
        int before = addPeople(1000);
        training().retrain();
        int after = before + addPeople(700);

        assertThat(training().retrainUnlessRecent(INTERVAL, GROWTH)).isTrue();

        assertThat(jdbc.queryForList("select profiles from match_model order by id", Long.class))
                .containsExactly((long) before, (long) after);
    }

    @Test
    void aStartRetrainsWhenTheStoredEstimateIsOlderThanTheInterval() {
        addPeople(1000);
        training().retrain();
        jdbc.update("update match_model set trained_at = now() - interval '7 hours'");

        assertThat(training().retrainUnlessRecent(INTERVAL, GROWTH)).isTrue();

        assertThat(count("select count(*) from match_model where trained_at > now() - interval '1 hour'"))
                .isEqualTo(1);
    }

    @Test
    void onlyTheNewestThreeEstimatesAreKept() {
        addPeople(1000);
        training().retrain();
        for (int i = 0; i < 3; i++) {
            jdbc.update("insert into match_model (trained_at, sample_size, profiles, weights) "
                    + "select trained_at, sample_size, profiles, weights from match_model order by id limit 1");
        }

        training().retrain();

        assertThat(jdbc.queryForList("select id from match_model order by id", Long.class)).containsExactly(3L, 4L, 5L);
    }

    @Test
    void twoInstancesTrainingAtOnceEstimateOnceAndBothUseThatEstimate() throws Exception {
        addPeople(1000);
        ModelTraining one = training();
        ModelTraining two = training();
        try (Connection holder = dataSource().getConnection(); Statement lock = holder.createStatement()) {
            lock.execute("select pg_advisory_lock(" + 0x6d6f646c + ", 0)");
            CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(one::retrain);
            CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(two::retrain);
            await().atMost(Duration.ofSeconds(10)).until(() -> count(
                    "select count(*) from pg_locks where locktype = 'advisory' and not granted") == 2);
            lock.execute("select pg_advisory_unlock(" + 0x6d6f646c + ", 0)");

            assertThat(first.get()).isTrue();
            assertThat(second.get()).isTrue();
        }

        assertThat(count("select count(*) from match_model")).isEqualTo(1);
        assertSameWeights(one.current(), two.current());
    }

    /** Live profiles with names, birth dates, cities and postcodes, every fifth entered twice with a typo. */
    private int addPeople(int n) {
        List<Map<String, Object>> people = SyntheticPeople.traits(n, random);
        List<Object[]> profiles = new ArrayList<>();
        List<Object[]> keys = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (Map<String, Object> traits : people) {
            UUID id = UUID.randomUUID();
            profiles.add(new Object[] {id, now, now, summary(traits)});
            keys.add(new Object[] {random.nextLong(), id});
        }
        jdbc.batchUpdate("insert into profile (id, created_at, updated_at, summary) values (?, ?, ?, ?::json)", profiles);
        jdbc.batchUpdate("insert into match_block_key (block_key, profile_id) values (?, ?)", keys);
        return people.size();
    }

    private String summary(Map<String, Object> traits) {
        try {
            return json.writeValueAsString(Map.of("traits", traits));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
