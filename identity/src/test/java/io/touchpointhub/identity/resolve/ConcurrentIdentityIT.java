package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.anonymousId;
import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.phone;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.userId;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.store.AppendResult;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Several identity stages racing over touchpoints whose identifiers only chain together (a1+e, a2+p,
 * e+p ...), in random order: the outcome must still be exactly one profile per person.
 */
class ConcurrentIdentityIT extends PostgresIT {

    private static final int PEOPLE = 300;
    private static final int STAGES = 4;

    @Test
    void concurrentStagesEndWithExactlyOneProfilePerPersonHoldingAllTheirIdentifiers() throws Exception {
        Map<Touchpoint, Integer> personOf = new HashMap<>();
        List<Touchpoint> touchpoints = new ArrayList<>();
        for (int person = 0; person < PEOPLE; person++) {
            for (Touchpoint t : touchpointsOf(person)) {
                personOf.put(t, person);
                touchpoints.add(t);
            }
        }
        Collections.shuffle(touchpoints, new Random(42));
        Map<Long, Integer> personOfId = append(touchpoints, personOf);

        runConcurrently();

        assertThat(count("select count(*) from identify_task")).isZero();
        assertThat(count("select count(*) from dead_letter")).isZero();
        assertThat(count("select count(*) from profile where merged_into is null")).isEqualTo(PEOPLE);
        Map<Integer, Set<UUID>> profilesOfPerson = new HashMap<>();
        jdbc.query("select touchpoint_id, profile_id from touchpoint_profile", rs -> {
            profilesOfPerson.computeIfAbsent(personOfId.get(rs.getLong(1)), k -> new HashSet<>())
                    .add(rs.getObject(2, UUID.class));
        });
        assertThat(profilesOfPerson).hasSize(PEOPLE).allSatisfy((person, ids) -> assertThat(ids).hasSize(1));
        for (int person = 0; person < PEOPLE; person++) {
            UUID profile = profilesOfPerson.get(person).iterator().next();
            assertThat(jdbc.queryForList("select id_value from profile_identifier where profile_id = ?", String.class,
                    profile)).containsExactlyInAnyOrder(normalisedValuesOf(person));
        }
        assertThat(count("select count(*) from (select 1 from profile_identifier group by id_type, id_value "
                + "having count(*) > 1) shared")).isZero();
        assertThat(count("select count(*) from profile_identifier pi join profile p on p.id = pi.profile_id "
                + "where p.merged_into is not null")).isZero();
        assertAuditConsistent();
    }

    private static void assertAuditConsistent() {
        long merged = count("select count(*) from profile where merged_into is not null");
        assertThat(count("select count(*) from profile_merge")).isEqualTo(merged);
        assertThat(count("select count(distinct merged_id) from profile_merge")).isEqualTo(merged);
        assertThat(count("select count(*) from profile p join profile s on s.id = p.merged_into "
                + "where s.merged_into is not null")).as("merged_into always names a live profile").isZero();
        assertThat(count("select count(*) from profile_merge m join profile p on p.id = m.merged_id "
                + "where p.merged_into is null")).as("every audited loser is merged").isZero();
    }

    private static List<Touchpoint> touchpointsOf(int person) {
        Identifier a1 = anonymousId("a1-" + person);
        Identifier a2 = anonymousId("a2-" + person);
        Identifier e = email(" Person" + person + "@Mail.org");
        Identifier p = phone(String.format("020 7946 %04d", person));
        Identifier u = userId("user-" + person);
        return List.of(touchpoint(a1), touchpoint(a2), touchpoint(a1, e), touchpoint(a2, p), touchpoint(e, p),
                touchpoint(u, a1), touchpoint(p), touchpoint(email("person" + person + "@mail.org")), touchpoint(a2),
                touchpoint(u));
    }

    private static String[] normalisedValuesOf(int person) {
        return new String[] {"a1-" + person, "a2-" + person, "person" + person + "@mail.org",
                String.format("+44207946%04d", person), "user-" + person};
    }

    private static Map<Long, Integer> append(List<Touchpoint> touchpoints, Map<Touchpoint, Integer> personOf) {
        TouchpointLog log = new TouchpointLog(dataSource());
        Map<Long, Integer> personOfId = new HashMap<>();
        for (int i = 0; i < touchpoints.size(); i += 100) {
            List<Touchpoint> batch = touchpoints.subList(i, Math.min(touchpoints.size(), i + 100));
            List<AppendResult> results = log.appendAll(batch);
            for (int j = 0; j < batch.size(); j++) {
                personOfId.put(results.get(j).id(), personOf.get(batch.get(j)));
            }
        }
        return personOfId;
    }

    private static void runConcurrently() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(STAGES);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < STAGES; i++) {
            IdentityStage stage = new IdentityStage(dataSource());
            runs.add(pool.submit(() -> {
                int processed = 0;
                while (count("select count(*) from identify_task") > 0) {
                    processed += stage.runOnce(50);
                }
                return processed;
            }));
        }
        int total = 0;
        for (Future<Integer> run : runs) {
            total += run.get();
        }
        pool.shutdown();
        assertThat(total).isEqualTo(PEOPLE * 10);
    }
}
