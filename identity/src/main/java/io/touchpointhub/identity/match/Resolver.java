package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.Blocker;
import io.touchpointhub.identity.match.block.BlockingRule;
import io.touchpointhub.identity.match.block.BlockingStats;
import io.touchpointhub.identity.match.cluster.CannotLinks;
import io.touchpointhub.identity.match.cluster.Clusterer;
import io.touchpointhub.identity.match.cluster.Clustering;
import io.touchpointhub.identity.match.cluster.ScoredPair;
import io.touchpointhub.identity.match.em.EmTrainer;
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

    private static final double EM_TOLERANCE = 1e-6;
    private static final double INITIAL_MATCH_SHARE = 0.1;
    /**
     * In one-to-one linkage pairs down to this weight are kept as rivals; a rival with a Bayes factor
     * below 1 hardly moves a posterior whose "no match" term is at least about 1.
     */
    private static final double RIVAL_FLOOR = 0;

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
        long started = System.nanoTime();
        RandomPairs random = RandomPairs.sample(table, settings);
        double[][] u = random.u();
        report("u from %,d random pairs (%.1f s)", Math.min(settings.randomPairs(), table.pairCount(settings.linkMode())),
                started);
        CandidatePairs[] candidates = new CandidatePairs[settings.threads()];
        List<BlockingRule> rules = settings.blockingRules().isEmpty()
                ? DefaultBlockingRules.forFields(table.fields()) : settings.blockingRules();
        Blocker blocker = new Blocker(rules, settings.maxBlockSize(),
                settings.linkMode() == LinkMode.ACROSS_SOURCES, settings.threads());
        boolean all = table.pairCount(settings.linkMode()) <= settings.allPairsUpTo() && settings.blockingRules().isEmpty();
        BlockingStats blocking = all
                ? Blocker.allPairs(table, settings.linkMode() == LinkMode.ACROSS_SOURCES, settings.threads(),
                        w -> candidates[w] = new CandidatePairs(table))
                : blocker.run(table, w -> candidates[w] = new CandidatePairs(table));
        report("blocking: %,d candidate pairs from %s (%.1f s)", blocking.candidatePairs(),
                all ? "all pairs (a small file)" : rules.size() + " rules", started);
        for (BlockingStats.RuleStats rule : blocking.rules()) {
            progress.report(String.format(Locale.ROOT, "  rule %-34s %,12d keys %,10d blocks %,6d over the cap",
                    rule.rule(), rule.keys(), rule.blocks(), rule.oversizedBlocks()));
        }

        PatternCounts patterns = new PatternCounts();
        for (CandidatePairs worker : candidates) {
            if (worker != null) {
                patterns.addAll(worker.patternCounts());
            }
        }
        EmTrainer.Result em = train(table, patterns, u);
        double expectedMatches = expectedMatches(table, em.lambda(), blocking.candidatePairs());
        double prior = prior(expectedMatches, table.pairCount(settings.linkMode()));
        MatchModel model = new MatchModel(table.fields(), levelNames(table), em.m(), random.u(em.m(), prior), prior,
                bandFloors(table));
        report("EM: %d iterations%s, %.3g of candidates match, prior %.3g (%.1f s)", em.iterations(),
                em.converged() ? "" : " (cap reached)", em.lambda(), prior, started);
        progress.report("model:\n" + model.describe().stripTrailing());

        boolean oneToOne = settings.oneToOne() && settings.linkMode() == LinkMode.ACROSS_SOURCES;
        List<ScoredPair> scored = score(table, model, candidates,
                oneToOne ? RIVAL_FLOOR : model.weightFor(settings.reviewProbability()));
        if (oneToOne) {
            scored = OneToOnePosterior.apply(table, scored, expectedMatches);
        }
        long matches = scored.stream().filter(p -> p.probability() >= settings.matchProbability()).count();
        report("scoring: %,d pairs kept, %,d at or above match (%.1f s)", scored.size(), matches, started);

        Clusterer clusterer = new Clusterer(settings.matchProbability(), settings.reviewProbability(),
                settings.conflictWeight(), settings.maxClusterSize(), oneToOne);
        int[] sources = new int[table.size()];
        for (int r = 0; r < sources.length; r++) {
            sources[r] = table.source(r);
        }
        Clustering clustering = clusterer.cluster(table.size(), sources, scored, (a, b) -> model.weight(table, a, b),
                cannotLinks);
        report("clustering: %,d clusters, %,d links refused by guards, %,d pairs for review (%.1f s)",
                clustering.clusters(), clustering.linksRefused(), clustering.reviews().size(), started);
        ResolutionStats stats = new ResolutionStats(blocking, em.iterations(), em.converged(), em.lambda(),
                scored.size(), matches, clustering.linksAccepted(), clustering.linksRefused());
        return new Resolution(table, model, clustering, stats);
    }

    /**
     * EM over the candidate patterns, starting from m that favours agreement, u from random pairs and
     * a tenth of candidates matching. u is re-estimated for the candidates (blocked non-matches agree
     * more often than random ones) but only m and the match share are kept.
     */
    private EmTrainer.Result train(RecordTable table, PatternCounts patterns, double[][] u) {
        int[] levels = table.levelCounts();
        double[][] m = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            m[f] = initialM(levels[f]);
        }
        if (patterns.size() == 0) {
            return new EmTrainer.Result(m, u, INITIAL_MATCH_SHARE, 0, true);
        }
        return new EmTrainer(settings.maxEmIterations(), EM_TOLERANCE).train(patterns, levels, m, u,
                INITIAL_MATCH_SHARE, false);
    }

    /** 0.9 on "exact", the rest halving level by level. */
    private static double[] initialM(int levels) {
        double[] m = new double[levels];
        m[0] = 0.9;
        double rest = 0;
        for (int l = 1; l < levels; l++) {
            m[l] = Math.pow(0.5, l);
            rest += m[l];
        }
        for (int l = 1; l < levels; l++) {
            m[l] = 0.1 * m[l] / rest;
        }
        return m;
    }

    /** The matches EM finds among the candidates; one-to-one linkage cannot have more than its smallest source. */
    private double expectedMatches(RecordTable table, double candidateShare, long candidates) {
        double matches = Math.max(1.0, candidateShare * candidates);
        if (settings.oneToOne() && settings.linkMode() == LinkMode.ACROSS_SOURCES) {
            long smallest = java.util.Arrays.stream(table.sourceSizes()).min().orElse(1);
            matches = Math.min(matches, smallest);
        }
        return matches;
    }

    /** P(match) for a random pair: the expected matches over all possible pairs. */
    private static double prior(double matches, long possible) {
        if (possible <= 0) {
            return 0.5;
        }
        return Math.min(0.5, Math.max(1e-12, matches / possible));
    }

    private static double[][] bandFloors(RecordTable table) {
        double[][] floors = new double[table.fields().size()][];
        for (int f = 0; f < floors.length; f++) {
            floors[f] = table.column(f).comparator().bandFloors();
        }
        return floors;
    }

    /** The candidate pairs whose weight reaches {@code floor}. */
    private List<ScoredPair> score(RecordTable table, MatchModel model, CandidatePairs[] candidates, double floor) {
        List<List<ScoredPair>> kept = new ArrayList<>();
        for (int w = 0; w < candidates.length; w++) {
            kept.add(new ArrayList<>());
        }
        Parallel.forWorkers(candidates.length, w -> {
            CandidatePairs pairs = candidates[w];
            List<ScoredPair> out = kept.get(w);
            for (int i = 0; pairs != null && i < pairs.size(); i++) {
                double weight = model.weight(table, pairs.a(i), pairs.b(i), pairs.pattern(i));
                if (weight >= floor) {
                    out.add(new ScoredPair(pairs.a(i), pairs.b(i), weight, model.probability(weight)));
                }
            }
        });
        List<ScoredPair> all = new ArrayList<>();
        kept.forEach(all::addAll);
        return all;
    }

    private static List<List<String>> levelNames(RecordTable table) {
        List<List<String>> names = new ArrayList<>();
        for (int f = 0; f < table.fields().size(); f++) {
            names.add(table.column(f).comparator().levels());
        }
        return names;
    }

    private void report(String format, Object... args) {
        Object[] values = args.clone();
        values[values.length - 1] = (System.nanoTime() - (long) args[args.length - 1]) / 1e9;
        progress.report(String.format(Locale.ROOT, format, values));
    }
}
