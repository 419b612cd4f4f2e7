package io.touchpointhub.identity.store;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Touchpoint;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class TouchpointLogIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());

    @Test
    void storesTheSameKeyOnceAndReportsTheRepeatAsNotCreated() {
        Touchpoint first = touchpoint("order-1", email("ana@example.org"));

        AppendResult stored = log.appendAll(List.of(first)).get(0);
        AppendResult repeated = log.appendAll(List.of(first)).get(0);

        assertThat(stored.created()).isTrue();
        assertThat(repeated).isEqualTo(new AppendResult(stored.id(), false));
        assertThat(log.count()).isEqualTo(1);
    }

    @Test
    void storesDuplicatesInsideOneCallOnceAndAnswersInInputOrder() {
        Touchpoint a = touchpoint("a");
        Touchpoint b = touchpoint("b");

        List<AppendResult> results = log.appendAll(List.of(a, b, a));

        assertThat(results).extracting(AppendResult::created).containsExactly(true, true, false);
        assertThat(results.get(2).id()).isEqualTo(results.get(0).id());
        assertThat(results.get(1).id()).isNotEqualTo(results.get(0).id());
        assertThat(log.count()).isEqualTo(2);
    }

    @Test
    void isVisibleFromAnotherConnectionWhenAppendReturns() throws Exception {
        AppendResult result = log.appendAll(List.of(touchpoint("durable"))).get(0);

        try (Connection other = server.dataSource().getConnection();
             Statement statement = other.createStatement();
             ResultSet rs = statement.executeQuery("select external_id from touchpoint where id = " + result.id())) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("durable");
        }
    }

    @Test
    void queuesOnlyNewlyStoredTouchpointsForIdentification() {
        Touchpoint known = touchpoint("known");
        log.appendAll(List.of(known));

        List<AppendResult> results = log.appendAll(List.of(known, touchpoint("new")));

        assertThat(count("select count(*) from identify_task")).isEqualTo(2);
        assertThat(count("select count(*) from identify_task where touchpoint_id = ?", results.get(1).id()))
                .isEqualTo(1);
    }

    @Test
    void givesBackTheFullTouchpointAsAppended() {
        Touchpoint original = withTraits(touchpoint("full", email("Ana@Example.org")),
                Map.of("name", "Ana Lima", "age", 41));

        long id = log.appendAll(List.of(original)).get(0).id();

        assertThat(log.find(id)).contains(original);
        assertThat(log.find(id + 1000)).isEmpty();
    }

    @Test
    void storesATouchpointWhoseTextContainsNulCharacters() {
        Touchpoint t = touchpoint("nul", email("ana@mail.org"));
        Touchpoint withNul = new Touchpoint(t.key(), t.type(), "page\u0000name", t.occurredAt(), t.receivedAt(),
                t.identifiers(), Map.of(), Map.of("path", "C:\\u0000dir"), Map.of(), "scraped\u0000text");

        long id = log.appendAll(List.of(withNul)).get(0).id();

        Touchpoint stored = log.find(id).orElseThrow();
        assertThat(stored.text()).isEqualTo("scraped\ufffdtext");
        assertThat(stored.name()).isEqualTo("page\ufffdname");
        assertThat(stored.properties()).containsEntry("path", "C:\\u0000dir");
    }

    @Test
    void concurrentAppendsOfOneKeyStoreItOnceAndAgreeOnItsId() throws Exception {
        Touchpoint same = touchpoint("raced");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<AppendResult>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> log.appendAll(List.of(same)).get(0));
        }

        List<AppendResult> results = new ArrayList<>();
        for (Future<AppendResult> f : pool.invokeAll(calls)) {
            results.add(f.get());
        }
        pool.shutdown();

        assertThat(results).extracting(AppendResult::id).containsOnly(results.get(0).id());
        assertThat(results).filteredOn(AppendResult::created).hasSize(1);
        assertThat(log.count()).isEqualTo(1);
    }

    @Test
    void countsWhatConcurrentAppendsStoredWithoutCountingRepeats() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<AppendResult>>> calls = new ArrayList<>();
        for (int call = 0; call < 12; call++) {
            List<Touchpoint> batch = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                batch.add(touchpoint("k-" + ((call * 50 + i) % 400))); // keys 0-399, many sent twice
            }
            calls.add(() -> log.appendAll(batch));
        }

        for (Future<List<AppendResult>> f : pool.invokeAll(calls)) {
            f.get();
        }
        pool.shutdown();

        assertThat(log.count()).isEqualTo(400)
                .isEqualTo(jdbc.queryForObject("select count(*) from touchpoint", Long.class));
    }
}
