package io.touchpointhub.identity.match;

import java.util.SplittableRandom;

/**
 * Estimates u, the level frequencies among non-matches, from pairs drawn at random: almost every
 * random pair is a non-match, so no labels are needed. Sampled on all cores with a fixed seed.
 * "Almost" matters when matches are many among few records (two product lists linked one to one):
 * the true matches in the sample crowd the agreeing levels, so {@link #u} can take them out again
 * once EM has estimated m and the prior.
 */
final class RandomPairs {

    private final long[][] counts;

    private RandomPairs(long[][] counts) {
        this.counts = counts;
    }

    /** Per field and level the share of random pairs at that level, with add-one smoothing. */
    double[][] u() {
        return smoothed(counts);
    }

    /**
     * u of non-matches: the random pairs are a mixture {@code prior * m + (1 - prior) * u}, solved for
     * u; a level that only matches reached gets the u of a level never seen in the sample.
     */
    double[][] u(double[][] m, double prior) {
        double[][] u = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            long total = 0;
            for (long c : counts[f]) {
                total += c;
            }
            double floor = 1.0 / (total + counts[f].length);
            u[f] = new double[counts[f].length];
            double sum = 0;
            for (int l = 0; l < u[f].length; l++) {
                double observed = (counts[f][l] + 1.0) / (total + counts[f].length);
                u[f][l] = Math.max(floor, (observed - prior * m[f][l]) / (1 - prior));
                sum += u[f][l];
            }
            for (int l = 0; l < u[f].length; l++) {
                u[f][l] /= sum;
            }
        }
        return u;
    }

    /** Samples random pairs and counts their levels per field (missing values left out). */
    static RandomPairs sample(RecordTable table, MatchSettings settings) {
        int[] levels = table.levelCounts();
        long possible = table.pairCount(settings.linkMode());
        int samples = (int) Math.min(settings.randomPairs(), Math.max(possible, 0));
        long[][] counts = new long[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            counts[f] = new long[levels[f]];
        }
        if (samples > 0) {
            int threads = settings.threads();
            long[][][] perWorker = new long[threads][][];
            int perThread = (samples + threads - 1) / threads;
            Parallel.forWorkers(threads, w -> perWorker[w] = draw(table, settings, levels,
                    Math.min(perThread, samples - w * perThread), settings.seed() + w));
            for (long[][] worker : perWorker) {
                for (int f = 0; f < levels.length; f++) {
                    for (int l = 0; l < levels[f]; l++) {
                        counts[f][l] += worker == null ? 0 : worker[f][l];
                    }
                }
            }
        }
        return new RandomPairs(counts);
    }

    private static long[][] draw(RecordTable table, MatchSettings settings, int[] levels, int count, long seed) {
        long[][] counts = new long[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            counts[f] = new long[levels[f]];
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = table.size();
        boolean across = settings.linkMode() == LinkMode.ACROSS_SOURCES;
        for (int drawn = 0; drawn < count; ) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a == b || across && table.source(a) == table.source(b)) {
                continue;
            }
            drawn++;
            for (int f = 0; f < levels.length; f++) {
                int level = table.column(f).level(a, b);
                if (level >= 0) {
                    counts[f][level]++;
                }
            }
        }
        return counts;
    }

    /** Add-one smoothing: a level never seen among random pairs gets a small u, never 0. */
    private static double[][] smoothed(long[][] counts) {
        double[][] u = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            long total = 0;
            for (long c : counts[f]) {
                total += c;
            }
            u[f] = new double[counts[f].length];
            for (int l = 0; l < counts[f].length; l++) {
                u[f][l] = (counts[f][l] + 1.0) / (total + counts[f].length);
            }
        }
        return u;
    }
}
