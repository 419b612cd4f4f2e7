package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator's promises: the duplicate structure it declares, determinism, and the errors it makes. */
class SyntheticPeopleTest {

    @TempDir
    Path dir;

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherOnes() throws IOException {
        SyntheticPeople.write(3_000, 7, dir.resolve("a.csv"));
        SyntheticPeople.write(3_000, 7, dir.resolve("b.csv"));
        SyntheticPeople.write(3_000, 8, dir.resolve("c.csv"));
        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.csv")));
        assertThat(Files.readAllBytes(dir.resolve("a.csv"))).isNotEqualTo(Files.readAllBytes(dir.resolve("c.csv")));
    }

    @Test
    void exactlyNRowsWithUniqueIdsThatSayNothingAboutTheEntity() throws IOException {
        SyntheticPeople.Generated generated = SyntheticPeople.write(5_003, 42, dir.resolve("p.csv"));
        List<String> lines = Files.readAllLines(generated.input(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(5_004);
        assertThat(lines.get(0)).isEqualTo("id,first_name,last_name,date_of_birth,email,phone,street_address,city,postcode");
        assertThat(new HashSet<>(List.of(generated.ids()))).hasSize(5_003);
        for (int row = 0; row < 5_003; row++) {
            assertThat(lines.get(row + 1)).startsWith("p" + (row + 1) + ",");
        }
    }

    @Test
    void theDuplicateStructureIsTheDeclaredOne() throws IOException {
        SyntheticPeople.Generated generated = SyntheticPeople.write(60_000, 42, dir.resolve("p.csv"));
        Map<Integer, Integer> rowsOfEntity = new HashMap<>();
        for (int entity : generated.entityOfRecord()) {
            rowsOfEntity.merge(entity, 1, Integer::sum);
        }
        long[] bySize = new long[SyntheticPeople.SIZE_SHARES.length + 1];
        rowsOfEntity.values().forEach(size -> bySize[size]++);
        assertThat(bySize).isEqualTo(generated.entitiesBySize());
        assertThat(rowsOfEntity).hasSize(generated.entities());
        for (int size = 1; size <= SyntheticPeople.SIZE_SHARES.length; size++) {
            assertThat((double) bySize[size] / generated.entities()).as("share of entities with %d rows", size)
                    .isCloseTo(SyntheticPeople.SIZE_SHARES[size - 1], within(0.01));
        }
        assertThat(generated.truePairs()).isEqualTo(Preparation.countTruePairs(
                new GroundTruth.Entities(generated.entityOfRecord()), null, 60_000));
    }

    @Test
    void duplicatesAreShuffledApart() throws IOException {
        int[] entity = SyntheticPeople.write(20_000, 42, dir.resolve("p.csv")).entityOfRecord();
        int adjacent = 0;
        for (int i = 1; i < entity.length; i++) {
            adjacent += entity[i] == entity[i - 1] ? 1 : 0;
        }
        assertThat(adjacent).isLessThan(10);
    }

    @Test
    void duplicatesCarryTheDeclaredKindsOfErrors() {
        Set<String> seen = new HashSet<>();
        for (int entity = 0; entity < 4_000; entity++) {
            String[] original = SyntheticPeople.row(42, entity, 0);
            String[] duplicate = SyntheticPeople.row(42, entity, 1);
            String first = duplicate[0];
            if (PeopleVocabulary.NICKNAMES.getOrDefault(original[0], List.of()).contains(first)) {
                seen.add("nickname");
            }
            if (!original[2].isEmpty() && !duplicate[2].isEmpty() && !original[2].equals(duplicate[2])
                    && original[2].substring(0, 4).equals(duplicate[2].substring(0, 4))
                    && original[2].substring(5, 7).equals(duplicate[2].substring(8, 10))) {
                seen.add("day and month swapped");
            }
            if (original[5].endsWith(" Street") && duplicate[5].endsWith(" St")) {
                seen.add("street abbreviated");
            }
            if (first.length() == original[0].length() && !first.equalsIgnoreCase(original[0])
                    && first.chars().sorted().boxed().toList().equals(original[0].chars().sorted().boxed().toList())) {
                seen.add("transposition");
            }
            if (original[0].equals(duplicate[1]) && original[1].equals(duplicate[0])) {
                seen.add("names swapped");
            }
            if (!original[3].isEmpty() && duplicate[3].isEmpty()) {
                seen.add("e-mail missing");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("nickname", "day and month swapped", "street abbreviated",
                "transposition", "names swapped", "e-mail missing");
    }

    @Test
    void twoPeopleAlmostNeverShareAnEmailAddressEvenWithCommonNames() throws IOException {
        SyntheticPeople.Generated generated = SyntheticPeople.write(50_000, 42, dir.resolve("p.csv"));
        List<String> lines = Files.readAllLines(generated.input());
        Map<String, Set<Integer>> owners = new HashMap<>();
        for (int row = 0; row < generated.ids().length; row++) {
            String email = lines.get(row + 1).split(",", -1)[4].toLowerCase();
            if (!email.isEmpty()) {
                owners.computeIfAbsent(email, e -> new HashSet<>()).add(generated.entityOfRecord()[row]);
            }
        }
        long shared = owners.values().stream().filter(o -> o.size() > 1).count();
        assertThat((double) shared / owners.size()).isLessThan(0.001);
    }

    @Test
    void commonSurnamesAreCommonButNoneDominates() throws IOException {
        SyntheticPeople.Generated generated = SyntheticPeople.write(30_000, 42, dir.resolve("p.csv"));
        Map<String, Integer> surnames = new HashMap<>();
        Files.readAllLines(generated.input()).stream().skip(1).map(l -> l.split(",", -1)[2].toLowerCase())
                .forEach(s -> surnames.merge(s, 1, Integer::sum));
        int top = surnames.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat((double) top / 30_000).isBetween(0.005, 0.04);
        assertThat(surnames).hasSizeGreaterThan(1_500);
    }
}
