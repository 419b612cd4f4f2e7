package io.touchpointhub.routes.alerts;

/**
 * One measure of a window that exceeded its baseline.
 *
 * @param metric         {@code volume} (mentions in the window) or {@code negative_share} (0 to 1)
 * @param current        the window's value
 * @param baselineMean   the mean over the baseline intervals
 * @param baselineStddev their sample standard deviation, before the floor ({@link SpikeRule})
 * @param k              how many standard deviations above the mean count as a spike
 * @param threshold      {@code baselineMean + k * max(baselineStddev, floor)}: the value {@code current} exceeded
 * @param mentions       mentions in the window (the volume the share is taken of)
 */
public record Figure(String metric, double current, double baselineMean, double baselineStddev, double k,
                     double threshold, long mentions) {

    public static final String VOLUME = "volume";
    public static final String NEGATIVE_SHARE = "negative_share";
}
