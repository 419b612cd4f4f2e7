package io.touchpointhub.identity.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.match.Column;
import io.touchpointhub.identity.match.FieldKinds;
import io.touchpointhub.identity.match.MatchSettings;
import io.touchpointhub.identity.match.RecordTable;
import io.touchpointhub.identity.match.RecordTableBuilder;
import io.touchpointhub.identity.match.Resolution;
import io.touchpointhub.identity.match.Resolver;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;

/**
 * Keeps the live matcher's weights: the documented defaults at first, then m and u estimated by the
 * engine's EM ({@link Resolver}: u from random pairs, m and the share of matches from the blocked
 * candidates) on a random sample of profiles, once enough profiles with attributes exist. Each estimate
 * is stored ({@code match_model}) in the transaction that sampled it, and the latest stored one is in use
 * from construction on, so a restart scores as before it. Retrained on demand (the hub does it at
 * start-up unless the stored estimate is recent, and periodically); the weights in use are swapped
 * atomically. One instance estimates at a time; one that waited for another adopts its estimate.
 */
public final class ModelTraining {

    private static final Logger LOG = LoggerFactory.getLogger(ModelTraining.class);
    /* Profiles with blocking keys are the ones with matching attributes. */
    private static final String SAMPLE = """
            select p.summary::text from profile p
            where p.merged_into is null and p.id in (select profile_id from match_block_key)
            order by random() limit ?
            """;

    private final Db db;
    private final ObjectMapper json;
    private final MatchingSettings settings;
    private final ModelStore store;
    private final AtomicReference<MatchWeights> current = new AtomicReference<>(MatchWeights.defaults());

    /** Starts with the latest stored estimate when it fits the current fields and levels. */
    public ModelTraining(DataSource dataSource, ObjectMapper objectMapper, MatchingSettings settings) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.settings = settings;
        this.store = new ModelStore(db, json);
        loadStored();
    }

    /** The weights to score with now. */
    public MatchWeights current() {
        return current.get();
    }

    /**
     * The start-up training: skipped when the latest stored estimate fits, is younger than maxAge and
     * the profiles with matching attributes have not grown beyond growth times those it was trained on.
     *
     * @return true when EM estimates replaced the weights in use
     */
    public boolean retrainUnlessRecent(Duration maxAge, double growth) {
        Optional<ModelStore.Stored> latest = store.latest();
        if (latest.isPresent() && latest.get().weights() != null && latest.get().age().compareTo(maxAge) < 0) {
            ModelStore.Stored stored = latest.get();
            long population = store.population();
            if (population <= stored.profiles() * growth) {
                current.set(stored.weights());
                LOG.info("Matching weights {} estimated {} s ago from {} of {} profiles are kept ({} profiles now)",
                        stored.id(), stored.age().toSeconds(), stored.sampleSize(), stored.profiles(), population);
                return false;
            }
        }
        return retrain();
    }

    /**
     * Samples profiles and estimates m and u when there are at least the configured minimum, and stores
     * the estimate. Waits while another instance estimates, and then takes its estimate instead.
     *
     * @return true when EM estimates replaced the weights in use
     */
    public boolean retrain() {
        long seen = store.latestId();
        MatchWeights next = db.inTransaction(() -> {
            store.lockForTraining();
            Optional<ModelStore.Stored> latest = store.latestId() > seen ? store.latest() : Optional.empty();
            if (latest.isPresent() && latest.get().weights() != null) {
                LOG.info("Matching weights {} just estimated by another instance are used", latest.get().id());
                return latest.get().weights();
            }
            return trainAndStore();
        });
        if (next == null) {
            return false;
        }
        current.set(next);
        return true;
    }

    private MatchWeights trainAndStore() {
        List<ProfileAttributes> sample = db.jdbc().query(SAMPLE, (rs, n) -> {
            ProfileSummary summary = ProfileSummary.read(json, rs.getString(1), null, null);
            return MatchFields.attributes(summary.names(), summary.traits());
        }, settings.trainingSample());
        if (sample.size() < settings.minTrainingProfiles()) {
            LOG.info("Matching weights stay {}: {} profiles with attributes, {} needed to estimate them",
                    current.get().origin(), sample.size(), settings.minTrainingProfiles());
            return null;
        }
        MatchWeights trained = train(sample);
        if (trained == null) {
            return null;
        }
        /* A sample smaller than asked for is the whole population. */
        long population = sample.size() < settings.trainingSample() ? sample.size() : store.population();
        store.save(trained, sample.size(), population);
        LOG.info("Matching weights estimated by EM from {} profiles and stored", sample.size());
        return trained;
    }

    /* A database that cannot be read yet leaves the defaults; the start-up training reads it again. */
    private void loadStored() {
        try {
            store.latest().map(ModelStore.Stored::weights).ifPresent(weights -> {
                current.set(weights);
                LOG.info("Matching weights: the stored estimate ({}) is in use", weights.origin());
            });
        } catch (DataAccessException e) {
            LOG.warn("Stored matching weights could not be read ({}); the defaults are used until the next "
                    + "estimate", e.getClass().getSimpleName());
        }
    }

    /** EM weights from a sample, or null when EM did not converge (the weights in use are kept). */
    static MatchWeights train(List<ProfileAttributes> sample) {
        MatchSettings engine = MatchSettings.defaults().withThreads(1).withDateFormats(List.of("yyyyMMdd"));
        RecordTableBuilder builder = RecordTable.builder(MatchFields.FIELDS, engine);
        int row = 0;
        for (ProfileAttributes attributes : sample) {
            String[] values = new String[MatchFields.FIELDS.size()];
            for (int f = 0; f < values.length; f++) {
                values[f] = attributes.first(f);
            }
            builder.add(Integer.toString(row++), "profiles", values);
        }
        RecordTable table = builder.build();
        Resolution resolution = new Resolver(engine, message -> LOG.debug("EM on profiles: {}", message)).resolve(table);
        if (!resolution.stats().emConverged()) {
            LOG.warn("EM did not converge on the profile sample; the matching weights are kept");
            return null;
        }
        return new MatchWeights(resolution.model(), "em", frequencies(table));
    }

    /** Each term-frequency field's value shares in the sample. */
    private static List<Map<String, Double>> frequencies(RecordTable table) {
        List<Map<String, Double>> frequencies = new ArrayList<>();
        for (int f = 0; f < table.fields().size(); f++) {
            Map<String, Double> shares = new HashMap<>();
            if (FieldKinds.termFrequencyAdjusted(table.fields().get(f).type())) {
                Column column = table.column(f);
                for (int r = 0; r < table.size(); r++) {
                    int code = column.code(r);
                    if (code >= 0) {
                        shares.putIfAbsent(column.value(r), column.frequency(code));
                    }
                }
            }
            frequencies.add(shares);
        }
        return frequencies;
    }
}
