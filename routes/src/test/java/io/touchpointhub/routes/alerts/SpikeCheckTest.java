package io.touchpointhub.routes.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.touchpointhub.search.alerts.IntervalCount;
import io.touchpointhub.search.alerts.TopicActivity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpikeCheckTest {

    private static final Instant NOW = Instant.parse("2026-03-10T14:25:00Z");
    private static final Instant END = Instant.parse("2026-03-10T14:00:00Z");

    private final TopicActivity activity = mock(TopicActivity.class);
    private final AlertStore store = mock(AlertStore.class);
    private final AlertProperties properties = new AlertProperties(true, Duration.ofHours(1), 2, 10, 12, 7, 5,
            Duration.ofSeconds(30), Duration.ofMinutes(5), 10, Duration.ofMinutes(1),
            new AlertProperties.Webhook(null, null, Duration.ofSeconds(10)),
            new AlertProperties.Email(null, 587, null, null, "starttls", "hub@localhost", List.of(), Duration.ofSeconds(10)));
    private final SpikeCheck check = new SpikeCheck(activity, () -> List.of("acme"), store,
            new AlertChannels(properties), properties);

    @BeforeEach
    void quietTopic() {
        when(activity.counts(eq("acme"), any(), any(), anyInt())).thenAnswer(call -> {
            Instant end = call.getArgument(1);
            Duration interval = call.getArgument(2);
            int n = call.getArgument(3);
            List<IntervalCount> counts = new ArrayList<>();
            for (int i = n; i > 0; i--) {
                counts.add(new IntervalCount(end.minus(interval.multipliedBy(i)), 3, 0));
            }
            return counts;
        });
    }

    @Test
    void checksOnlyTheLastFullHourTheFirstTime() {
        when(store.checkedUntil(SpikeCheck.CHECK)).thenReturn(Optional.empty());

        List<SpikeCheck.Result> results = check.catchUp(NOW);

        assertThat(results).extracting(SpikeCheck.Result::windowEnd).containsExactly(END);
        verify(store).saveCheckedUntil(SpikeCheck.CHECK, END);
    }

    @Test
    void checksTheHoursMissedSinceTheLastCheck() {
        when(store.checkedUntil(SpikeCheck.CHECK)).thenReturn(Optional.of(END.minus(Duration.ofHours(3))));

        List<SpikeCheck.Result> results = check.catchUp(NOW);

        assertThat(results).extracting(SpikeCheck.Result::windowEnd).containsExactly(
                END.minus(Duration.ofHours(2)), END.minus(Duration.ofHours(1)), END);
        verify(activity).counts("acme", END.minus(Duration.ofHours(2)), Duration.ofHours(1), 13);
        verify(activity).counts("acme", END.minus(Duration.ofHours(2)), Duration.ofDays(1), 8);
    }

    @Test
    void catchesUpADayAtMostAfterALongOutage() {
        when(store.checkedUntil(SpikeCheck.CHECK)).thenReturn(Optional.of(END.minus(Duration.ofDays(5))));

        List<SpikeCheck.Result> results = check.catchUp(NOW);

        assertThat(results).hasSize(SpikeCheck.MAX_CATCH_UP_HOURS);
        assertThat(results.get(0).windowEnd()).isEqualTo(END.minus(Duration.ofHours(23)));
    }

    @Test
    void doesNothingWhenTheLastFullHourWasChecked() {
        when(store.checkedUntil(SpikeCheck.CHECK)).thenReturn(Optional.of(END));

        assertThat(check.catchUp(NOW)).isEmpty();
        verify(store, never()).saveCheckedUntil(any(), any());
    }

    @Test
    void aQuietTopicRaisesNothing() {
        when(store.checkedUntil(SpikeCheck.CHECK)).thenReturn(Optional.empty());

        assertThat(check.catchUp(NOW).get(0).raised()).isEmpty();
        verify(store, never()).raise(any(), any());
    }
}
