package io.touchpointhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.OperatingSystemMXBean;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import io.touchpointhub.search.EmbeddedSearch;
import io.touchpointhub.search.Fixtures;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Ad-hoc measurement of the bulk rate on this machine, not a regression test: run with
 * {@code ./mvnw -pl search verify -Dit.test=BulkThroughputIT -Dsearch.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "search.benchmark", matches = "true")
class BulkThroughputIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    private static final int BATCH = 1_000;
    private static final int PROFILES_PER_BATCH = 200;

    @Test
    void measuresBulkRateWithRealisticBatches() {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        int warmUp = 5;
        int measured = Integer.getInteger("search.benchmark.batches", 60);
        long nextId = 1;
        for (int i = 0; i < warmUp; i++, nextId += BATCH) {
            indexer.write(touchpoints(nextId), profiles(), List.of());
        }

        // the node runs in this JVM, so process CPU time is client plus server
        var os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpuStarted = os.getProcessCpuTime();
        long started = System.nanoTime();
        for (int i = 0; i < measured; i++, nextId += BATCH) {
            assertThat(indexer.write(touchpoints(nextId), profiles(), List.of()).hasFailures()).isFalse();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpuStarted) / 1e9;

        long touchpoints = (long) measured * BATCH;
        long documents = touchpoints + (long) measured * PROFILES_PER_BATCH;
        System.out.printf("BULK RATE: %d batches, %.0f touchpoints/s, %.0f documents/s (%.1f s, %.1f CPU s in this JVM"
                        + " = client and node: %.2f ms CPU per 1,000 documents)%n",
                measured, touchpoints / seconds, documents / seconds, seconds, cpuSeconds, cpuSeconds * 1e6 / documents);
    }

    private static List<ResolvedTouchpoint> touchpoints(long firstId) {
        List<ResolvedTouchpoint> batch = new ArrayList<>(BATCH);
        ProfileId profile = ProfileId.random();
        for (int i = 0; i < BATCH; i++) {
            if (i % 5 == 0) {
                profile = ProfileId.random();
            }
            long id = firstId + i;
            Touchpoint touchpoint = new Touchpoint(new TouchpointKey(Channel.WEB, "web-shop", "msg-" + id),
                    i % 3 == 0 ? "page" : "track", "Product Viewed", Fixtures.T0.plusMillis(id), Fixtures.T0.plusMillis(id),
                    List.of(), Map.of(), Map.of("sku", "SKU-" + (id % 997), "price", 19.99, "currency", "EUR",
                    "category", "shoes"),
                    Map.of("userAgent", "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0", "ip", "203.0.113.7",
                            "locale", "de-DE", "page", Map.of("url", "https://shop.example/p/" + id)),
                    i % 4 == 0 ? "Loved the fit, delivery took three days, would buy again from this shop" : null);
            batch.add(new ResolvedTouchpoint(id, profile, touchpoint));
        }
        return batch;
    }

    private static List<CustomerProfile> profiles() {
        List<CustomerProfile> profiles = new ArrayList<>(PROFILES_PER_BATCH);
        for (int i = 0; i < PROFILES_PER_BATCH; i++) {
            ProfileId id = ProfileId.random();
            String local = "customer" + id.value().toString().substring(0, 8);
            List<ProfileIdentifier> identifiers = List.of(
                    new ProfileIdentifier(Identifier.of(IdentifierType.EMAIL, local + "@example.com"),
                            Set.of("web-shop"), Fixtures.T0, Fixtures.T0, true),
                    new ProfileIdentifier(Identifier.of(IdentifierType.ANONYMOUS_ID, id.toString()),
                            Set.of("web-shop"), Fixtures.T0, Fixtures.T0, true));
            profiles.add(new CustomerProfile(id, identifiers, List.of("Customer " + i), Map.of(Channel.WEB, 5L),
                    Set.of("web-shop"), Fixtures.T0, Fixtures.T0, List.of(), Map.of("plan", "basic")));
        }
        return profiles;
    }
}
