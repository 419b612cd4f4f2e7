package io.touchpointhub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator's promises the benchmark relies on; no timing here, speed is the harness's job. */
class EventGeneratorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sameSeedSameBodies() {
        Workload a = new EventGenerator().generate(2_000, 100, 7);
        Workload b = new EventGenerator().generate(2_000, 100, 7);
        assertThat(a.bodies()).hasSameSizeAs(b.bodies());
        for (int i = 0; i < a.bodies().size(); i++) {
            assertThat(a.bodies().get(i)).isEqualTo(b.bodies().get(i));
        }
        assertThat(a.expectedProfiles()).isEqualTo(b.expectedProfiles());
    }

    @Test
    void exactlyNEventsWithUniqueMessageIdsInBatchesOfB() throws Exception {
        Workload workload = new EventGenerator().generate(5_003, 100, 42);
        Set<String> messageIds = new HashSet<>();
        int events = 0;
        for (int i = 0; i < workload.bodies().size(); i++) {
            JsonNode batch = json.readTree(workload.bodies().get(i)).get("batch");
            assertThat(batch.size()).isEqualTo(workload.batchSizes().get(i)).isLessThanOrEqualTo(100);
            for (JsonNode message : batch) {
                assertThat(messageIds.add(message.get("messageId").asText())).isTrue();
                assertThat(message.hasNonNull("userId") || message.hasNonNull("anonymousId")).isTrue();
                events++;
            }
        }
        assertThat(events).isEqualTo(5_003).isEqualTo(workload.events());
        assertThat(workload.people()).isEqualTo(500);
        assertThat(workload.eventsByType()).containsKeys("identify", "page", "screen", "track");
    }

    @Test
    void identifiersOverlapSoProfilesAreFewerThanDevicesButMoreThanPeople() {
        Workload workload = new EventGenerator().generate(20_000, 100, 42);
        // 2,000 people with ~1.65 devices each: identified people collapse, anonymous devices stay apart
        assertThat(workload.expectedProfiles()).isGreaterThan(workload.people()).isLessThan(3_300);
    }

    @Test
    void emailsAndPhonesAreTypedInSeveralWaysButNeverBlocklisted() throws Exception {
        Workload workload = new EventGenerator().generate(20_000, 100, 42);
        Set<String> emailShapes = new HashSet<>();
        Set<String> phoneShapes = new HashSet<>();
        for (byte[] body : workload.bodies()) {
            for (JsonNode message : json.readTree(body).get("batch")) {
                JsonNode traits = message.path("traits");
                if (traits.hasNonNull("email")) {
                    String email = traits.get("email").asText();
                    emailShapes.add(email.equals(email.toLowerCase()) ? "lower" : email.startsWith(" ") ? "spaced" : "cased");
                    assertThat(email.trim().toLowerCase()).doesNotContain("@example.").doesNotStartWith("test@");
                }
                if (traits.hasNonNull("phone")) {
                    String phone = traits.get("phone").asText();
                    phoneShapes.add(phone.replaceAll("\\d", "9"));
                }
            }
        }
        assertThat(emailShapes).containsAll(List.of("lower", "spaced", "cased"));
        assertThat(phoneShapes).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void componentsCountSharedIdentifiersOnce() {
        IdentityComponents components = new IdentityComponents();
        components.link(List.of("a:1", "u:ana"));
        components.link(List.of("a:2", "e:ana@mail.com"));
        components.link(List.of("a:3"));
        assertThat(components.count()).isEqualTo(3);
        components.link(List.of("u:ana", "e:ana@mail.com"));
        assertThat(components.count()).isEqualTo(2);
    }

    @Test
    void aWarmUpOfOtherPeopleSharesNoIdentifierWithTheTimedRun() throws Exception {
        Workload timed = new EventGenerator().generate(5_000, 100, 42);
        Workload warmup = new EventGenerator().generate(2_000, 100, 42 + 1_000_003, timed.people());

        Set<String> shared = identifiers(timed);
        shared.retainAll(identifiers(warmup));

        assertThat(identifiers(warmup)).isNotEmpty();
        assertThat(shared).isEmpty();
    }

    /** Every identifier the events carry, normalised the way the hub compares them. */
    private Set<String> identifiers(Workload workload) throws Exception {
        Set<String> ids = new HashSet<>();
        for (byte[] body : workload.bodies()) {
            for (JsonNode message : json.readTree(body).get("batch")) {
                ids.add("u:" + message.path("userId").asText());
                ids.add("a:" + message.path("anonymousId").asText());
                for (JsonNode traits : List.of(message.path("traits"), message.path("context").path("traits"))) {
                    ids.add("e:" + traits.path("email").asText().trim().toLowerCase());
                    ids.add("p:" + traits.path("phone").asText().replaceAll("\\D", "").replaceFirst("^1", ""));
                }
            }
        }
        ids.removeAll(Set.of("u:", "a:", "e:", "p:"));
        return ids;
    }
}
