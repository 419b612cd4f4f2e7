package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.matching.MatchWeights;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.support.Db;

import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The identify stage: resolves queued touchpoints to customer profiles, a batch per transaction, and
 * queues the read-model work their profiles need. Any number of instances (threads, or hub instances
 * on one database) may run at once: batches claim disjoint work and lock the identifiers and profiles
 * they touch, so each person ends up with exactly one profile.
 */
public final class IdentityStage {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityStage.class);
    /** Deadlock victims simply run again; they are expected when batches share profiles. */
    private static final int CONFLICT_RETRIES = 10;
    private static final Comparator<Identifier> IDENTIFIER_ORDER =
            Comparator.comparing(Identifier::type).thenComparing(Identifier::value);

    private final Db db;
    private final ObjectMapper json;
    /*
     * Payloads as this stage reads them: without the touchpoint's properties, context and text, which no
     * identity rule looks at (group calls, whose properties name the company, are read whole). Building
     * those maps was a fifth of the stage's CPU in bench/ingest.sh (page and order events carry most of
     * their bytes there).
     */
    private final ObjectMapper identityView;
    private final IdentityRules rules;
    private final IdentifierNormalizer normalizer;
    private final IdentifyQueue queue;
    private final GraphReader reader;
    private final GraphWriter writer;
    private final AccountLinker accounts;
    private final ProbabilisticMatcher matcher;

    public IdentityStage(DataSource dataSource) {
        this(dataSource, Json.defaultMapper(), IdentityRules.defaults(), RetryPolicy.defaults());
    }

    /** With probabilistic matching on its defaults and the documented default weights. */
    public IdentityStage(DataSource dataSource, ObjectMapper objectMapper, IdentityRules rules, RetryPolicy policy) {
        this(dataSource, objectMapper, rules, policy, MatchingSettings.defaults(), MatchWeights::defaults,
                AccountLinker.defaults());
    }

    /**
     * @param matching how profiles are matched probabilistically after each batch
     * @param weights  the current weights, e.g. {@link io.touchpointhub.identity.matching.ModelTraining#current()}
     * @param accounts links the profiles of each batch to their companies, in the batch's transaction
     */
    public IdentityStage(DataSource dataSource, ObjectMapper objectMapper, IdentityRules rules, RetryPolicy policy,
                         MatchingSettings matching, Supplier<MatchWeights> weights, AccountLinker accounts) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.identityView = json.copy().addMixIn(Touchpoint.class, IdentityView.class);
        this.rules = rules;
        this.normalizer = new IdentifierNormalizer(rules.defaultRegion());
        this.queue = new IdentifyQueue(db.jdbc(), policy);
        this.reader = new GraphReader(db.jdbc(), json, rules);
        this.writer = new GraphWriter(db.jdbc(), json);
        this.accounts = accounts;
        this.matcher = matching.enabled()
                ? new ProbabilisticMatcher(db.jdbc(), json, rules, matching, weights, writer) : null;
    }

    /**
     * Claims up to {@code max} due touchpoints (oldest first), resolves them and commits. When the batch
     * fails it is rolled back and its touchpoints are retried one by one, so that only a touchpoint that
     * fails on its own is charged an attempt (and dead-lettered after the retry policy's maximum).
     *
     * @return how many touchpoints were processed, resolved or failed; 0 when there was nothing due
     * @throws io.touchpointhub.identity.TransientIdentityException when the database is unreachable
     */
    public int runOnce(int max) {
        try {
            return withConflictRetries(() -> queue.claim(max));
        } catch (RuntimeException e) {
            if (Db.isUnavailable(e) || Db.isRetryableConflict(e)) {
                throw Db.wrap("Identity resolution", e);
            }
            // the exception itself may quote identifier values (constraint details): log its type only
            LOG.warn("Identity batch failed ({}); retrying its touchpoints one by one", e.getClass().getSimpleName());
            return oneByOne(max);
        }
    }

    private int oneByOne(int max) {
        int processed = 0;
        for (long id : queue.due(max)) {
            try {
                processed += withConflictRetries(() -> queue.claimOne(id));
            } catch (RuntimeException e) {
                if (Db.isUnavailable(e) || Db.isRetryableConflict(e)) {
                    throw Db.wrap("Identity resolution", e);
                }
                boolean dead = db.inTransaction(() -> queue.fail(id, Db.reason(e)));
                LOG.warn("Touchpoint {} failed identity resolution ({}){}", id, e.getClass().getSimpleName(),
                        dead ? "; dead-lettered" : "");
                processed++;
            }
        }
        return processed;
    }

    private int withConflictRetries(Supplier<List<IdentifyQueue.Claimed>> claim) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(() -> process(claim.get()));
            } catch (RuntimeException e) {
                if (!Db.isRetryableConflict(e) || attempt >= CONFLICT_RETRIES) {
                    throw e;
                }
                LOG.debug("Identity batch lost a lock conflict (attempt {}); running it again", attempt);
            }
        }
    }

    private int process(List<IdentifyQueue.Claimed> claimed) {
        if (claimed.isEmpty()) {
            return 0;
        }
        List<PendingTouchpoint> pending = new ArrayList<>(claimed.size());
        for (IdentifyQueue.Claimed task : claimed) {
            if (!task.resolved()) {
                pending.add(pending(task));
            }
        }
        if (!pending.isEmpty()) {
            TreeSet<Identifier> matchable = new TreeSet<>(IDENTIFIER_ORDER);
            pending.forEach(p -> matchable.addAll(p.matchable()));
            GraphSnapshot graph = reader.read(matchable);
            ResolutionPlan plan = new BatchResolver(rules, graph, Instant.now()).resolve(pending);
            writer.write(plan);
            Map<UUID, UUID> matched = matcher == null ? Map.of() : matcher.afterBatch(pending, plan);
            linkAccounts(pending, plan, matched);
        }
        queue.complete(claimed.stream().map(IdentifyQueue.Claimed::touchpointId).toList());
        LOG.debug("Resolved {} touchpoints", pending.size());
        return claimed.size();
    }

    /** Companies: blocked identifiers count too (a shared info@acme.com mailbox still names Acme). */
    private void linkAccounts(List<PendingTouchpoint> pending, ResolutionPlan plan, Map<UUID, UUID> matched) {
        Map<UUID, UUID> mergedAway = new HashMap<>(matched);
        plan.mergedAway().forEach((merged, survivor) -> mergedAway.put(merged, matched.getOrDefault(survivor, survivor)));
        accounts.link(db.jdbc(), pending.stream().map(p -> {
            UUID assigned = plan.assignments().get(p.id());
            return new AccountLinker.Resolved(matched.getOrDefault(assigned, assigned), p.touchpoint(),
                    p.identifiers().stream().map(PendingTouchpoint.Normalised::identifier).toList());
        }).toList(), mergedAway);
    }

    private PendingTouchpoint pending(IdentifyQueue.Claimed task) {
        Touchpoint touchpoint;
        try {
            touchpoint = identityView.readValue(task.payload(), Touchpoint.class);
            if (AccountLinker.readsProperties(touchpoint.type())) {
                touchpoint = json.readValue(task.payload(), Touchpoint.class);
            }
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new IdentityException("Stored payload of touchpoint " + task.touchpointId() + " is not readable", e);
        }
        Map<Identifier, PendingTouchpoint.Normalised> normalised = new LinkedHashMap<>();
        for (Identifier raw : touchpoint.identifiers()) {
            normalizer.normalize(raw).ifPresent(id ->
                    normalised.putIfAbsent(id, new PendingTouchpoint.Normalised(id, rules.isBlocked(id))));
        }
        return new PendingTouchpoint(task.touchpointId(), touchpoint, List.copyOf(normalised.values()));
    }

    /** Jackson mix-in: the parts of a stored touchpoint the identity stage skips. */
    @JsonIgnoreProperties({"properties", "context", "text"})
    private abstract static class IdentityView {
    }
}
