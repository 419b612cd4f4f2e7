package io.touchpointhub.routes.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.touchpointhub.search.alerts.IntervalCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpikeRuleTest {

    private static final Instant T = Instant.parse("2026-03-10T00:00:00Z");
    private final SpikeRule rule = new SpikeRule(2, 10);

    @Test
    void raisesVolumeWhenTheWindowExceedsMeanPlusKStandardDeviations() {
        List<IntervalCount> baseline = counts(new long[] {4, 6, 5, 5, 4, 6, 5, 5, 4, 6, 5, 5}, 0);

        List<Figure> figures = rule.breaches(baseline, new IntervalCount(T, 30, 0));

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo(Figure.VOLUME);
            assertThat(f.current()).isEqualTo(30);
            assertThat(f.baselineMean()).isEqualTo(5.0);
            assertThat(f.baselineStddev()).isCloseTo(0.7385, within(1e-4));
            assertThat(f.threshold()).isEqualTo(7.0);
            assertThat(f.k()).isEqualTo(2.0);
        });
    }

    @Test
    void staysQuietWithinKStandardDeviations() {
        List<IntervalCount> baseline = counts(new long[] {10, 20, 10, 20, 10, 20, 10, 20, 10, 20, 10, 20}, 0);

        assertThat(rule.breaches(baseline, new IntervalCount(T, 25, 0))).isEmpty();
    }

    @Test
    void neverRaisesBelowTheMinimumVolumeEvenAfterSilence() {
        List<IntervalCount> silence = counts(new long[12], 0);

        assertThat(rule.breaches(silence, new IntervalCount(T, 2, 2))).isEmpty();
        assertThat(rule.breaches(silence, new IntervalCount(T, 9, 9))).isEmpty();
        assertThat(rule.breaches(silence, new IntervalCount(T, 10, 0))).extracting(Figure::metric)
                .containsExactly(Figure.VOLUME);
    }

    @Test
    void floorsAFlatBaselineSoThatOneMoreMentionIsNoSpike() {
        List<IntervalCount> flat = counts(new long[] {12, 12, 12, 12, 12, 12, 12}, 0);

        assertThat(rule.breaches(flat, new IntervalCount(T, 14, 0))).isEmpty();
        assertThat(rule.breaches(flat, new IntervalCount(T, 15, 0))).extracting(Figure::threshold)
                .containsExactly(14.0);
    }

    @Test
    void raisesNegativeShareOverIntervalsThatHadMentions() {
        List<IntervalCount> baseline = new ArrayList<>(counts(new long[] {20, 20, 20, 20}, 2));
        baseline.add(new IntervalCount(T, 0, 0));

        List<Figure> figures = rule.breaches(baseline, new IntervalCount(T, 20, 12));

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.metric()).isEqualTo(Figure.NEGATIVE_SHARE);
            assertThat(f.current()).isEqualTo(0.6);
            assertThat(f.baselineMean()).isCloseTo(0.1, within(1e-9));
            assertThat(f.threshold()).isCloseTo(0.2, within(1e-9));
            assertThat(f.mentions()).isEqualTo(20);
        });
    }

    @Test
    void judgesNoShareWithoutTwoBaselineIntervalsWithMentions() {
        List<IntervalCount> baseline = new ArrayList<>(counts(new long[] {0, 0, 0, 0, 0}, 0));
        baseline.add(new IntervalCount(T, 30, 0));

        assertThat(rule.breaches(baseline, new IntervalCount(T, 25, 25))).isEmpty();
    }

    @Test
    void raisesBothMeasuresOfOneWindowTogether() {
        List<IntervalCount> baseline = counts(new long[] {10, 10, 10, 10, 10, 10}, 1);

        assertThat(rule.breaches(baseline, new IntervalCount(T, 50, 40))).extracting(Figure::metric)
                .containsExactly(Figure.VOLUME, Figure.NEGATIVE_SHARE);
    }

    @Test
    void rejectsANonPositiveKOrMinimumVolume() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SpikeRule(0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new SpikeRule(2, 0));
    }

    private static List<IntervalCount> counts(long[] mentions, long negativeEach) {
        List<IntervalCount> counts = new ArrayList<>();
        for (int i = 0; i < mentions.length; i++) {
            counts.add(new IntervalCount(T.minusSeconds(3600L * (mentions.length - i)), mentions[i],
                    Math.min(negativeEach, mentions[i])));
        }
        return counts;
    }
}
