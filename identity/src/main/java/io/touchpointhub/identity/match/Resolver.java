package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.Blocker;
import io.touchpointhub.identity.match.block.BlockingRule;
import io.touchpointhub.identity.match.block.BlockingStats;
import io.touchpointhub.identity.match.block.PairSink;
import io.touchpointhub.identity.match.cluster.CannotLinks;
import io.touchpointhub.identity.match.cluster.Clusterer;
import io.touchpointhub.identity.match.cluster.Clustering;
import io.touchpointhub.identity.match.cluster.ScoredPair;
import io.touchpointhub.identity.match.em.PatternCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Resolves a batch of records end to end, without labels: u from random pairs, candidate pairs from
 * blocking (compared as they are found), m and the match prior by EM over the candidates' patterns,
 * every candidate scored, the matches clustered under the guards. Thread-safe; each call is
 * independent.
 */
public final class Resolver {

    /**
     * In one-to-one linkage pairs down to this weight are kept as rivals; a rival with a Bayes factor
     * below 1 hardly moves a posterior whose "no match" term is at least about 1.
     */
    private static final double RIVAL_FLOOR = 0;

    /**
     * Pairs inside blocks allowed per record before the block cap is lowered (see {@link Blocker}); files
     * may always compare as many pairs as {@code all-pairs-up-to}. 100,000 synthetic people stay under
     * it; a million, whose common names fill blocks ten times as big, would compare twice as many pairs
     * per record without it.
     */
    static final long PAIR_BUDGET_PER_RECORD = 20;

    private final MatchSettings settings;
    private final ProgressListener progress;

    public Resolver(MatchSettings settings, ProgressListener progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public Resolution resolve(RecordTable table) {
        return resolve(table, CannotLinks.none());
    }

    /** Resolves the table; pairs in {@code cannotLinks} never end in one cluster. */
    public Resolution resolve(RecordTable table, CannotLinks cannotLinks) {
        return resolve(table, cannotLinks, null);
    }

    /**
     * Resolves the table and hands every candidate pair to {@code candidateTap} (when not null), on the
     * calling thread, once blocking is done: how many true pairs blocking keeps is measured from these.
     */
    public Resolution resolve(RecordTable table, CannotLinks cannotLinks, PairSink candidateTap) {
        long started = System.nanoTime();
        RandomPairs random = RandomPairs.sample(table, settings);
        report(started, "u from %,d random pairs", Math.min(settings.randomPairs(), table.pairCount(settings.linkMode())));
        CandidatePairs[] candidates = new CandidatePairs[settings.threads()];
        BlockingStats blocking = block(table, candidates, started);
        if (candidateTap != null) {
            tap(candidates, candidateTap);
            report(started, "candidate pairs handed out");
        }
        PatternCounts patterns = new PatternCounts();
        for (CandidatePairs worker : candidates) {
            if (worker != null) {
                patterns.addAll(worker.patternCounts());
            }
        }
        ModelTrainer.Trained trained = new ModelTrainer(settings).train(table, patterns, blocking.candidatePairs(), random);
        report(started, "EM: %d iterations%s, %.3g of candidates match, prior %.3g", trained.em().iterations(),
                trained.em().converged() ? "" : " (cap reached)", trained.em().lambda(), trained.model().prior());
        progress.report("model:\n" + trained.model().describe().stripTrailing());
        List<ScoredPair> scored = score(table, trained, candidates);
        long matches = scored.stream().filter(p -> p.probability() >= settings.matchProbability()).count();
        report(started, "scoring: %,d pairs kept, %,d at or above match", scored.size(), matches);
        Clustering clustering = cluster(table, trained.model(), scored, cannotLinks);
        report(started, "clustering: %,d clusters, %,d links refused by guards, %,d pairs for review",
                clustering.clusters(), clustering.linksRefused(), clustering.reviews().size());
        ResolutionStats stats = new ResolutionStats(blocking, trained.em().iterations(), trained.em().converged(),
                trained.em().lambda(), scored.size(), matches, clustering.linksAccepted(), clustering.linksRefused());
        return new Resolution(table, trained.model(), clustering, stats);
    }

    /** Emits the candidate pairs (all pairs of a small file) into per-worker buffers that compare them. */
    private BlockingStats block(RecordTable table, CandidatePairs[] candidates, long started) {
        boolean across = settings.linkMode() == LinkMode.ACROSS_SOURCES;
        boolean all = settings.blockingRules().isEmpty() && table.pairCount(settings.linkMode()) <= settings.allPairsUpTo();
        List<BlockingRule> rules = settings.blockingRules().isEmpty()
                ? DefaultBlockingRules.forFields(table.fields()) : settings.blockingRules();
        BlockingStats blocking = all
                ? Blocker.allPairs(table, across, settings.threads(), w -> candidates[w] = new CandidatePairs(table))
                : new Blocker(rules, settings.maxBlockSize(), across, settings.threads(),
                        Math.max(settings.allPairsUpTo(), PAIR_BUDGET_PER_RECORD * table.size()))
                        .run(table, w -> candidates[w] = new CandidatePairs(table));
        report(started, "blocking: %,d candidate pairs from %s", blocking.candidatePairs(),
                all ? "all pairs (a small file)" : rules.size() + " rules, blocks of up to " + blocking.blockCap() + " records");
        for (BlockingStats.RuleStats rule : blocking.rules()) {
            progress.report(String.format(Locale.ROOT, "  rule %-34s %,12d keys %,10d blocks %,6d over the cap",
                    rule.rule(), rule.keys(), rule.blocks(), rule.oversizedBlocks()));
        }
        return blocking;
    }

    /**
     * The candidate pairs worth clustering with their probabilities: those reaching the review
     * threshold; in one-to-one linkage every plausible pair, scored by the assignment posterior.
     */
    private List<ScoredPair> score(RecordTable table, ModelTrainer.Trained trained, CandidatePairs[] candidates) {
        MatchModel model = trained.model();
        double floor = oneToOne() ? RIVAL_FLOOR : model.weightFor(settings.reviewProbability());
        List<List<ScoredPair>> kept = new ArrayList<>();
        for (int w = 0; w < candidates.length; w++) {
            kept.add(new ArrayList<>());
        }
        Parallel.forWorkers(candidates.length, w -> {
            CandidatePairs pairs = candidates[w];
            for (int i = 0; pairs != null && i < pairs.size(); i++) {
                double weight = model.weight(table, pairs.a(i), pairs.b(i), pairs.pattern(i));
                if (weight >= floor) {
                    kept.get(w).add(new ScoredPair(pairs.a(i), pairs.b(i), weight, model.probability(weight)));
                }
            }
        });
        List<ScoredPair> all = new ArrayList<>();
        kept.forEach(all::addAll);
        return oneToOne() ? OneToOnePosterior.apply(table, all, trained.expectedMatches()) : all;
    }

    private static void tap(CandidatePairs[] candidates, PairSink candidateTap) {
        for (CandidatePairs worker : candidates) {
            for (int i = 0; worker != null && i < worker.size(); i++) {
                candidateTap.accept(worker.a(i), worker.b(i));
            }
        }
    }

    private Clustering cluster(RecordTable table, MatchModel model, List<ScoredPair> scored, CannotLinks cannotLinks) {
        Clusterer clusterer = new Clusterer(settings.matchProbability(), settings.reviewProbability(),
                settings.conflictWeight(), settings.maxClusterSize(), oneToOne());
        int[] sources = new int[table.size()];
        for (int r = 0; r < sources.length; r++) {
            sources[r] = table.source(r);
        }
        return clusterer.cluster(table.size(), sources, scored, (a, b) -> model.weight(table, a, b), cannotLinks);
    }

    private boolean oneToOne() {
        return settings.oneToOne() && settings.linkMode() == LinkMode.ACROSS_SOURCES;
    }

    private void report(long started, String format, Object... args) {
        String message = String.format(Locale.ROOT, format, args);
        progress.report(String.format(Locale.ROOT, "%s (%.1f s)", message, (System.nanoTime() - started) / 1e9));
    }
}
