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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the live matcher's weights: the documented defaults at first, then m and u estimated by the
 * engine's EM ({@link Resolver}: u from random pairs, m and the share of matches from the blocked
 * candidates) on a random sample of profiles, once enough profiles with attributes exist. Retrained on
 * demand (the hub does it at start-up and periodically); the weights in use are swapped atomically.
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
    private final AtomicReference<MatchWeights> current = new AtomicReference<>(MatchWeights.defaults());

    public ModelTraining(DataSource dataSource, ObjectMapper objectMapper, MatchingSettings settings) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.settings = settings;
    }

    /** The weights to score with now. */
    public MatchWeights current() {
        return current.get();
    }

    /**
     * Samples profiles and estimates m and u when there are at least the configured minimum.
     *
     * @return true when EM estimates replaced the weights in use
     */
    public boolean retrain() {
        List<ProfileAttributes> sample = db.jdbc().query(SAMPLE, (rs, n) -> {
            ProfileSummary summary = ProfileSummary.read(json, rs.getString(1), null, null);
            return MatchFields.attributes(summary.names(), summary.traits());
        }, settings.trainingSample());
        if (sample.size() < settings.minTrainingProfiles()) {
            LOG.info("Matching weights stay {}: {} profiles with attributes, {} needed to estimate them",
                    current.get().origin(), sample.size(), settings.minTrainingProfiles());
            return false;
        }
        MatchWeights trained = train(sample);
        if (trained == null) {
            return false;
        }
        current.set(trained);
        LOG.info("Matching weights estimated by EM from {} profiles", sample.size());
        return true;
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
