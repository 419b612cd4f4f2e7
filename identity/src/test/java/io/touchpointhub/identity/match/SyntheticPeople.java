package io.touchpointhub.identity.match;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Reproducible person records for tests: entities with names, birth dates, postcodes, e-mails and
 * streets, a share of them entered again with typos, a missing field or swapped day and month.
 */
final class SyntheticPeople {

    static final List<FieldSpec> FIELDS = List.of(new FieldSpec("first", FieldType.FIRST_NAME),
            new FieldSpec("last", FieldType.LAST_NAME), new FieldSpec("dob", FieldType.DATE_OF_BIRTH),
            new FieldSpec("postcode", FieldType.POSTCODE), new FieldSpec("email", FieldType.EMAIL),
            new FieldSpec("street", FieldType.STREET));

    private static final String[] FIRST = {"james", "mary", "john", "patricia", "robert", "jennifer", "michael",
        "linda", "william", "elizabeth", "david", "barbara", "richard", "susan", "joseph", "jessica", "thomas",
        "sarah", "charles", "karen", "chen", "wei", "fatima", "olga", "pierre", "ingrid", "kwame", "yuki"};
    private static final String[] SYLLABLES = {"ab", "ber", "cal", "dor", "en", "fal", "gor", "ham", "ist", "jen",
        "kov", "lam", "mor", "nel", "ost", "pra", "qui", "ros", "sen", "tor", "ul", "van", "wes", "yor", "zan"};

    /** One generated record and the entity it stands for. */
    record Person(String id, int entity, String[] values) {
    }

    private SyntheticPeople() {
    }

    static List<Person> generate(int entities, double duplicateShare, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Person> people = new ArrayList<>();
        for (int e = 0; e < entities; e++) {
            String[] original = entity(random, e, entities);
            people.add(new Person("r" + people.size(), e, original));
            if (random.nextDouble() < duplicateShare) {
                people.add(new Person("r" + people.size(), e, corrupt(random, original)));
            }
        }
        return people;
    }

    static RecordTable table(List<Person> people, MatchSettings settings) {
        RecordTableBuilder builder = RecordTable.builder(FIELDS, settings);
        for (Person person : people) {
            builder.add(person.id(), "people", person.values());
        }
        return builder.build();
    }

    /** Postcodes spread with the population, as a bigger file covers a bigger area. */
    private static String[] entity(SplittableRandom random, int e, int entities) {
        String first = random.nextBoolean() ? FIRST[random.nextInt(FIRST.length)]
                : SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)] + "a";
        String last = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)];
        String dob = String.format("%04d-%02d-%02d", 1940 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String postcode = String.format("%05d", 10000 + random.nextInt(Math.max(300, entities / 20)));
        String email = first + "." + last + e + "@example.org";
        String street = (1 + random.nextInt(200)) + " " + SYLLABLES[random.nextInt(SYLLABLES.length)] + "ley Street";
        return new String[] {first, last, dob, postcode, email, street};
    }

    private static String[] corrupt(SplittableRandom random, String[] original) {
        String[] copy = original.clone();
        int field = random.nextInt(copy.length);
        switch (random.nextInt(3)) {
            case 0 -> copy[field] = "";
            case 1 -> copy[field] = typo(random, copy[field]);
            default -> copy[2] = copy[2].substring(0, 5) + copy[2].substring(8) + "-" + copy[2].substring(5, 7);
        }
        copy[5] = copy[5].replace("Street", "St");
        return copy;
    }

    private static String typo(SplittableRandom random, String value) {
        if (value.length() < 3) {
            return value;
        }
        int at = 1 + random.nextInt(value.length() - 2);
        return value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
    }
}
