package io.touchpointhub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.WriteResult;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Ad-hoc throughput figures (run with {@code -Dbenchmark=true -Dit.test=ThroughputBenchmarkIT}); prints,
 * never asserts timings. Web-like traffic: people with an anonymous id, half of them later identified
 * by e-mail, some with a phone.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ThroughputBenchmarkIT extends PostgresIT {

    private static final int TOUCHPOINTS = Integer.getInteger("benchmark.touchpoints", 60_000);
    private static final int PEOPLE = TOUCHPOINTS / 6;
    /* -Dbenchmark.traits=rich sends identify-like traits (e-mail, phone, address ...) as web SDKs do */
    private static final boolean RICH_TRAITS = "rich".equals(System.getProperty("benchmark.traits"));

    @Test
    void measuresAppendIdentifyAndIndexThroughput() throws Exception {
        List<Touchpoint> touchpoints = generate();
        TouchpointLog log = new TouchpointLog(dataSource());

        long appendNanos = time(() -> inParallel(1, worker -> {
            for (int i = 0; i < touchpoints.size(); i += 100) {
                log.appendAll(touchpoints.subList(i, Math.min(touchpoints.size(), i + 100)));
            }
        }));
        report("appendAll, 1 thread, batches of 100", TOUCHPOINTS, appendNanos);

        long identifyNanos = time(() -> inParallel(2, worker -> {
            IdentityStage stage = new IdentityStage(dataSource());
            while (stage.runOnce(500) > 0) {
                // until idle
            }
        }));
        report("IdentityStage, 2 threads, batches of 500", TOUCHPOINTS, identifyNanos);
        System.out.printf("BENCHMARK profile summaries: %,d live, %,d bytes on average%n",
                count("select count(*) from profile where merged_into is null"),
                count("select coalesce(avg(octet_length(summary::text)), 0)::bigint from profile where merged_into is null"));

        AtomicInteger written = new AtomicInteger();
        long indexNanos = time(() -> inParallel(2, worker -> {
            IndexStage stage = new IndexStage(dataSource());
            while (stage.runOnce(1000, batch -> {
                written.addAndGet(batch.touchpoints().size());
                return WriteResult.ok();
            }) > 0) {
                // until idle
            }
        }));
        report("IndexStage (no-op writer), 2 threads, batches of 1000", TOUCHPOINTS, indexNanos);
        assertThat(written.get()).isGreaterThanOrEqualTo(TOUCHPOINTS);

        endToEnd();
    }

    /** Intake, identity and index running at once, as in the hub. */
    private void endToEnd() throws Exception {
        emptyTables();
        List<Touchpoint> touchpoints = generate();
        TouchpointLog log = new TouchpointLog(dataSource());
        AtomicInteger appended = new AtomicInteger();
        long nanos = time(() -> inParallel(5, worker -> {
            if (worker < 2) {
                for (int i = worker * 100; i < touchpoints.size(); i += 200) {
                    log.appendAll(touchpoints.subList(i, Math.min(touchpoints.size(), i + 100)));
                    appended.addAndGet(100);
                }
            } else if (worker < 4) {
                IdentityStage stage = new IdentityStage(dataSource());
                while (stage.runOnce(500) > 0 || appended.get() < touchpoints.size()
                        || count("select count(*) from identify_task") > 0) {
                    Thread.onSpinWait();
                }
            } else {
                IndexStage stage = new IndexStage(dataSource());
                while (stage.runOnce(1000, batch -> WriteResult.ok()) > 0 || appended.get() < touchpoints.size()
                        || count("select count(*) from identify_task") + count("select count(*) from index_task") > 0) {
                    Thread.onSpinWait();
                }
            }
        }));
        report("end to end: 2 intake + 2 identity + 1 index threads", TOUCHPOINTS, nanos);
        assertThat(count("select count(*) from touchpoint_profile")).isEqualTo(TOUCHPOINTS);
    }

    private static List<Touchpoint> generate() {
        Random random = new Random(7);
        Instant base = Instant.parse("2025-01-01T00:00:00Z");
        List<Touchpoint> touchpoints = new ArrayList<>(TOUCHPOINTS);
        for (int i = 0; i < TOUCHPOINTS; i++) {
            int person = random.nextInt(PEOPLE);
            List<Identifier> ids = new ArrayList<>();
            ids.add(Identifier.of(IdentifierType.ANONYMOUS_ID, "anon-" + person + "-" + random.nextInt(2)));
            if (person % 2 == 0 && random.nextInt(3) == 0) {
                ids.add(Identifier.of(IdentifierType.EMAIL, "Person" + person + "@Mail.org"));
            }
            if (person % 5 == 0 && random.nextInt(4) == 0) {
                ids.add(Identifier.of(IdentifierType.PHONE, String.format("020 7946 %04d", person % 10_000)));
            }
            Instant at = base.plusSeconds(i);
            touchpoints.add(new Touchpoint(new TouchpointKey(Channel.WEB, "shop.example", "bench-" + i + "-" + at),
                    "track", "Product Viewed", at, at, ids, traits(person, random),
                    Map.of("sku", "SKU-" + random.nextInt(1000), "price", 19.99), Map.of("ip", "10.0.0.1"), null));
        }
        return touchpoints;
    }

    private static Map<String, Object> traits(int person, Random random) {
        if (!RICH_TRAITS) {
            return Map.of("name", "Person " + person);
        }
        return Map.of("name", "Person " + person + (random.nextInt(4) == 0 ? " Jr" : ""),
                "email", "person" + person + "@mail.org", "phone", "+4420794" + (person % 10_000),
                "company", "Company " + person % 100, "title", random.nextBoolean() ? "Buyer" : "Manager",
                "address", Map.of("street", person + " High Street", "city", "London", "country", "GB"),
                "birthday", "1980-01-" + (10 + person % 18), "plan", random.nextBoolean() ? "free" : "pro");
    }

    private interface Worker {
        void run(int worker) throws Exception;
    }

    private static void inParallel(int threads, Worker work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            futures.add(pool.submit(() -> {
                work.run(worker);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
    }

    private interface Timed {
        void run() throws Exception;
    }

    private static long time(Timed timed) throws Exception {
        long start = System.nanoTime();
        timed.run();
        return System.nanoTime() - start;
    }

    private static void report(String what, int n, long nanos) {
        System.out.printf("BENCHMARK %-58s %,7d touchpoints in %6.2f s = %,8.0f /s%n", what, n, nanos / 1e9,
                n / (nanos / 1e9));
    }
}
