package io.touchpointhub.routes.alerts;

import io.touchpointhub.search.alerts.IntervalCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a window's mentions spike above its baseline (pure; thread-safe).
 *
 * <p>A measure spikes when it exceeds {@code mean + k * stddev} of the baseline intervals, with two
 * guards against alerting on noise: the window needs at least {@code minVolume} mentions (so that 0
 * mentions then 2 is no spike, however flat the baseline), and the standard deviation is floored (a
 * baseline of twelve identical hours has none, which would make any change infinitely many deviations
 * away): at {@value #VOLUME_STDDEV_FLOOR} mention for volume and {@value #SHARE_STDDEV_FLOOR} for the
 * negative share.
 *
 * <p>The negative share's baseline is taken over intervals that had mentions only (a share of nothing is
 * undefined); with fewer than two such intervals there is no baseline and the share is not judged.
 *
 * @param k         standard deviations above the mean, e.g. 2
 * @param minVolume the fewest mentions a window needs to spike
 */
public record SpikeRule(double k, long minVolume) {

    static final double VOLUME_STDDEV_FLOOR = 1.0;
    static final double SHARE_STDDEV_FLOOR = 0.05;

    public SpikeRule {
        if (!(k > 0) || minVolume < 1) {
            throw new IllegalArgumentException("need k > 0 and minVolume >= 1");
        }
    }

    /** The measures of {@code window} that spike against {@code baseline}; empty when none does. */
    public List<Figure> breaches(List<IntervalCount> baseline, IntervalCount window) {
        List<Figure> figures = new ArrayList<>(2);
        if (window.mentions() < minVolume || baseline.isEmpty()) {
            return figures;
        }
        double[] volumes = baseline.stream().mapToDouble(IntervalCount::mentions).toArray();
        judge(Figure.VOLUME, window.mentions(), volumes, VOLUME_STDDEV_FLOOR, window.mentions(), figures);
        double[] shares = baseline.stream().filter(c -> c.mentions() > 0)
                .mapToDouble(IntervalCount::negativeShare).toArray();
        if (shares.length >= 2) {
            judge(Figure.NEGATIVE_SHARE, window.negativeShare(), shares, SHARE_STDDEV_FLOOR, window.mentions(), figures);
        }
        return figures;
    }

    private void judge(String metric, double current, double[] baseline, double floor, long mentions,
                       List<Figure> figures) {
        double mean = mean(baseline);
        double stddev = sampleStddev(baseline, mean);
        double threshold = mean + k * Math.max(stddev, floor);
        if (current > threshold) {
            figures.add(new Figure(metric, current, mean, stddev, k, threshold, mentions));
        }
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** With n - 1 in the denominator: the baseline is a sample of the topic's usual activity. 0 for one value. */
    static double sampleStddev(double[] values, double mean) {
        if (values.length < 2) {
            return 0;
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.length - 1));
    }
}
