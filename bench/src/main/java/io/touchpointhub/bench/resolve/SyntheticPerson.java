package io.touchpointhub.bench.resolve;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One synthetic person as one CRM row: drawn from its entity's seed, then possibly corrupted the way a
 * second system (or a second form) would have it.
 */
final class SyntheticPerson {

    static final List<String> COLUMNS = List.of("first_name", "last_name", "date_of_birth", "email", "phone",
            "street_address", "city", "postcode");
    private static final LocalDate OLDEST = LocalDate.of(1935, 1, 1);
    private static final int BIRTH_DAYS = (int) (LocalDate.of(2006, 12, 31).toEpochDay() - OLDEST.toEpochDay());

    String firstName;
    String lastName;
    LocalDate birth;
    String email;
    String phoneDigits;
    int house;
    String street;
    int streetType;
    boolean abbreviated;
    String town;
    String postcode;
    int entity;

    private SyntheticPerson() {
    }

    /** The entity as it really is; the same entity and seed always give the same person. */
    static SyntheticPerson draw(int entity, SplittableRandom random) {
        SyntheticPerson p = new SyntheticPerson();
        p.entity = entity;
        p.firstName = (random.nextBoolean() ? PeopleVocabulary.MALE_NAMES : PeopleVocabulary.FEMALE_NAMES).draw(random);
        p.lastName = PeopleVocabulary.surname(random);
        p.birth = OLDEST.plusDays(random.nextInt(BIRTH_DAYS + 1));
        p.email = email(p.firstName, p.lastName, p.birth, entity, random);
        p.phoneDigits = (200 + random.nextInt(780)) + String.format(Locale.ROOT, "%03d%04d", 200 + random.nextInt(800),
                random.nextInt(10_000));
        p.moveHouse(random);
        return p;
    }

    SyntheticPerson copy() {
        SyntheticPerson p = new SyntheticPerson();
        p.firstName = firstName;
        p.lastName = lastName;
        p.birth = birth;
        p.email = email;
        p.phoneDigits = phoneDigits;
        p.house = house;
        p.street = street;
        p.streetType = streetType;
        p.abbreviated = abbreviated;
        p.town = town;
        p.postcode = postcode;
        p.entity = entity;
        return p;
    }

    void moveHouse(SplittableRandom random) {
        house = (int) Math.round(Math.exp(random.nextDouble() * Math.log(9_999)));
        street = PeopleVocabulary.STREET_NAMES.draw(random);
        streetType = random.nextInt(PeopleVocabulary.STREET_TYPES.size());
        abbreviated = random.nextDouble() < 0.2;
        town = PeopleVocabulary.TOWN_NAMES.draw(random);
        // each town has ten postcodes, derived from its place in the list
        postcode = String.format(Locale.ROOT, "%05d", 10_000 + PeopleVocabulary.TOWN_NAMES.indexOf(town) * 613
                + random.nextInt(10));
    }

    /**
     * A realistic address that no other person has: a mailbox belongs to one person, so two people must
     * not share one by accident of a common name. Rare (long-tail) surnames may go without a number; others
     * get the birth year and two digits, or a number, both derived from the entity so they cannot collide.
     */
    static String email(String first, String last, LocalDate birth, int entity, SplittableRandom random) {
        String f = ascii(first);
        String l = ascii(last);
        String local = switch (random.nextInt(5)) {
            case 0 -> f + "." + l;
            case 1 -> f + l;
            case 2 -> f.charAt(0) + l;
            case 3 -> f + "_" + l;
            default -> l + "." + f;
        };
        double suffix = random.nextDouble();
        boolean rare = !PeopleVocabulary.SURNAMES.contains(last);
        if (suffix < 0.25 && rare) {
            return local + "@" + PeopleVocabulary.EMAIL_DOMAINS.get(random.nextInt(PeopleVocabulary.EMAIL_DOMAINS.size()));
        }
        if (suffix < 0.5) {
            // unique unless the same name pattern, birth year and entity number mod 100 meet
            local += String.format(Locale.ROOT, "%d%02d", birth.getYear() % 100, entity % 100);
        } else {
            local += entity;
        }
        return local + "@" + PeopleVocabulary.EMAIL_DOMAINS.get(random.nextInt(PeopleVocabulary.EMAIL_DOMAINS.size()));
    }

    /**
     * The row's values in {@link #COLUMNS} order, with the formatting a system of record applies (phone
     * layout, name case) and the fields this row simply does not have left empty.
     */
    String[] render(SplittableRandom random, double missingScale) {
        String[] phoneStyles = {"(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "%s%s%s"};
        String phone = phoneDigits == null ? "" : String.format(Locale.ROOT,
                phoneStyles[random.nextInt(phoneStyles.length)],
                phoneDigits.substring(0, 3), phoneDigits.substring(3, 6), phoneDigits.substring(6));
        String address = street == null ? ""
                : house + " " + street + " " + PeopleVocabulary.STREET_TYPES.get(streetType)[abbreviated ? 1 : 0];
        String mail = email == null ? "" : random.nextDouble() < 0.1 ? capitalised(email) : email;
        String[] row = {nameCase(firstName, random), nameCase(lastName, random), birth == null ? "" : birth.toString(),
                mail, phone, address, town == null ? "" : town, postcode == null ? "" : postcode};
        double[] missing = {0, 0, 0.04, 0.10, 0.15, 0.06, 0.03, 0.06};
        for (int i = 0; i < row.length; i++) {
            if (random.nextDouble() < missing[i] * missingScale) {
                row[i] = "";
            }
        }
        return row;
    }

    private static String nameCase(String name, SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.08 ? name.toUpperCase(Locale.ROOT) : roll < 0.12 ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String capitalised(String email) {
        return Character.toUpperCase(email.charAt(0)) + email.substring(1);
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
