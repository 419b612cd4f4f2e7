package io.touchpointhub.identity.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Synthetic traits for estimating weights: names, birth dates, cities and postcodes, every fifth person twice with a typo. */
final class SyntheticPeople {

    private static final String[] FIRST = {"james", "mary", "john", "linda", "wei", "anna", "omar", "sofia", "liam", "emma"};
    private static final String[] CITIES = {"london", "leeds", "york", "bath", "derby", "hull"};

    private SyntheticPeople() {
    }

    /** About 1.2 × n trait maps (the typo duplicates included), the same for the same random seed. */
    static List<Map<String, Object>> traits(int n, SplittableRandom random) {
        List<Map<String, Object>> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String last = "surname" + (char) ('a' + random.nextInt(26)) + (char) ('a' + random.nextInt(26))
                    + (char) ('a' + random.nextInt(26));
            Map<String, Object> traits = Map.of("firstName", FIRST[random.nextInt(FIRST.length)], "lastName", last,
                    "city", CITIES[random.nextInt(CITIES.length)],
                    "birthday", String.format("19%02d-%02d-%02d", 40 + random.nextInt(60), 1 + random.nextInt(12),
                            1 + random.nextInt(28)),
                    "zip", "PC" + random.nextInt(5000));
            people.add(traits);
            if (i % 5 == 0) {
                Map<String, Object> typo = new HashMap<>(traits);
                typo.put("lastName", last.substring(0, last.length() - 1) + "x");
                people.add(typo);
            }
        }
        return people;
    }
}
