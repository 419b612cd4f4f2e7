package io.touchpointhub.identity.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.identity.store.CannotLinks.Reason;
import io.touchpointhub.identity.support.PostgresIT;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CannotLinksIT extends PostgresIT {

    private final CannotLinks links = new CannotLinks(dataSource());

    @Test
    void keepsAPairApartWhicheverOrderItIsAskedIn() {
        UUID a = profile();
        UUID b = profile();
        UUID c = profile();

        links.add(b, a, Reason.REVIEW_REJECTED, "review 7");
        links.add(a, b, Reason.MANUAL, null);

        assertThat(links.forbids(a, b)).isTrue();
        assertThat(links.forbids(b, a)).isTrue();
        assertThat(links.forbids(a, c)).isFalse();
        assertThat(count("select count(*) from cannot_link")).isEqualTo(1);
    }

    @Test
    void followsBothSidesToTheProfilesTheyWereMergedInto() {
        UUID a = profile();
        UUID b = profile();
        UUID survivorOfA = profile();
        UUID survivorOfB = profile();
        links.add(a, b, Reason.UNMERGE, null);

        mergeInto(a, survivorOfA);
        mergeInto(b, survivorOfB);

        assertThat(links.forbids(survivorOfA, survivorOfB)).isTrue();
        assertThat(links.forbiddenAmong(List.of(survivorOfA, survivorOfB, profile())))
                .singleElement()
                .satisfies(pair -> assertThat(pair).containsExactlyInAnyOrder(survivorOfA, survivorOfB));
    }

    @Test
    void refusesToKeepAProfileApartFromItself() {
        UUID a = profile();

        assertThatThrownBy(() -> links.add(a, a, Reason.MANUAL, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static UUID profile() {
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into profile (id, created_at, updated_at) values (?, ?, ?)", id, now, now);
        return id;
    }

    private static void mergeInto(UUID merged, UUID survivor) {
        jdbc.update("update profile set merged_into = ?, merged_at = now() where id = ?", survivor, merged);
    }
}
