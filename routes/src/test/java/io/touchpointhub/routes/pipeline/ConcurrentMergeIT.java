package io.touchpointhub.routes.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.touchpointhub.routes.support.HubIntegrationTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Events of one person arriving at once on many connections end in exactly one profile. */
class ConcurrentMergeIT extends HubIntegrationTest {

    @Test
    void eventsOfOnePersonSentConcurrentlyEndInExactlyOneProfile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int people = 20;
        List<String> bodies = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            // each call carries two of the person's identifiers, so only all of them together link everything
            String anon1 = "c-" + run + "-" + p + "-a1";
            String anon2 = "c-" + run + "-" + p + "-a2";
            String email = "c-" + run + "-" + p + "@example.com";
            String phone = "+4420794" + String.format("%05d", p);
            String user = "c-" + run + "-" + p + "-user";
            bodies.add("{\"anonymousId\":\"%s\",\"traits\":{\"email\":\"%s\"}}".formatted(anon1, email));
            bodies.add("{\"anonymousId\":\"%s\",\"traits\":{\"phone\":\"%s\"}}".formatted(anon2, phone));
            bodies.add("{\"anonymousId\":\"%s\",\"traits\":{\"phone\":\"%s\"}}".formatted(anon1, phone));
            bodies.add("{\"userId\":\"%s\",\"anonymousId\":\"%s\"}".formatted(user, anon2));
            bodies.add("{\"userId\":\"%s\",\"traits\":{\"email\":\"%s\"}}".formatted(user, email.toUpperCase()));
        }
        Collections.shuffle(bodies, new Random(42));

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (String body : bodies) {
            statuses.add(senders.submit(() -> hub().post("/v1/identify", body).status()));
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get()).isEqualTo(200);
        }
        senders.shutdown();
        awaitPipelineIdle();

        for (int p = 0; p < people; p++) {
            JsonNode byEmail = hub().get("/api/profiles?q=c-" + run + "-" + p + "@example.com").json().path("results");
            assertThat(byEmail).as("profiles of person %d", p).hasSize(1);
            JsonNode identifiers = byEmail.get(0).path("identifiers");
            assertThat(identifiers.toString())
                    .contains("c-" + run + "-" + p + "-a1", "c-" + run + "-" + p + "-a2",
                            "c-" + run + "-" + p + "-user", "+4420794" + String.format("%05d", p));
            JsonNode byUser = hub().get("/api/profiles?q=c-" + run + "-" + p + "-user").json().path("results");
            assertThat(byUser.get(0).path("id").asText()).isEqualTo(byEmail.get(0).path("id").asText());
        }
    }
}
