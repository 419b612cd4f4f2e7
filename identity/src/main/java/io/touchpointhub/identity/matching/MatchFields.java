package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.match.FieldKinds;
import io.touchpointhub.identity.match.FieldSpec;
import io.touchpointhub.identity.match.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The attributes profiles are matched on, and where they come from: a profile's names and the traits of
 * its touchpoints (Segment's {@code identify} traits: {@code firstName}, {@code address.postalCode},
 * {@code birthday}, {@code company.name} ...). E-mail and phone traits take part for their typos: equal
 * ones already merged the profiles deterministically.
 */
public final class MatchFields {

    public static final int FIRST_NAME = 0;
    public static final int LAST_NAME = 1;
    public static final int STREET = 2;
    public static final int POSTCODE = 3;
    public static final int CITY = 4;
    public static final int DATE_OF_BIRTH = 5;
    public static final int COMPANY = 6;
    public static final int EMAIL = 7;
    public static final int PHONE = 8;

    /** In the order of the constants above. */
    public static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("first_name", FieldType.FIRST_NAME), new FieldSpec("last_name", FieldType.LAST_NAME),
            new FieldSpec("street", FieldType.STREET), new FieldSpec("postcode", FieldType.POSTCODE),
            new FieldSpec("city", FieldType.CITY), new FieldSpec("date_of_birth", FieldType.DATE_OF_BIRTH),
            new FieldSpec("company", FieldType.COMPANY), new FieldSpec("email", FieldType.EMAIL),
            new FieldSpec("phone", FieldType.PHONE));

    /** Birth dates as the common APIs send them; an ISO date-time is cut to its date first. */
    static final List<String> DATE_FORMATS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "dd.MM.yyyy", "yyyyMMdd");

    private static final Set<String> NAME_KEYS = Set.of("name", "firstName", "first_name", "lastName", "last_name");
    private static final Set<String> OTHER_KEYS = Set.of("address", "street", "city", "postalCode", "postal_code",
            "postcode", "zip", "birthday", "dateOfBirth", "date_of_birth", "dob", "birthdate", "company",
            "companyName", "email", "phone");
    private static final List<UnaryOperator<String>> NORMALIZERS = FIELDS.stream()
            .map(f -> FieldKinds.normalizer(f.type(), DATE_FORMATS)).toList();

    private MatchFields() {
    }

    /** Whether traits carry anything matched on: the test that keeps plain events free of matching work. */
    public static boolean relevant(Map<String, Object> traits) {
        if (traits.isEmpty()) {
            return false;
        }
        for (String key : traits.keySet()) {
            if (NAME_KEYS.contains(key) || OTHER_KEYS.contains(key)) {
                return true;
            }
        }
        return false;
    }

    /** The traits matching reads, for a cheap test of whether they changed; the others are dropped. */
    public static Map<String, Object> relevantTraits(Map<String, Object> traits) {
        Map<String, Object> relevant = new java.util.HashMap<>();
        traits.forEach((key, value) -> {
            if (NAME_KEYS.contains(key) || OTHER_KEYS.contains(key)) {
                relevant.put(key, value);
            }
        });
        return relevant;
    }

    /** The normalised attributes of a profile from its names (most recent first) and its latest traits. */
    public static ProfileAttributes attributes(List<String> names, Map<String, Object> traits) {
        List<Set<String>> raw = new ArrayList<>();
        FIELDS.forEach(f -> raw.add(new LinkedHashSet<>()));
        names.forEach(name -> addName(raw, name));
        addName(raw, text(traits.get("name")));
        add(raw, FIRST_NAME, text(traits.get("firstName"), traits.get("first_name")));
        add(raw, LAST_NAME, text(traits.get("lastName"), traits.get("last_name")));
        Map<?, ?> address = traits.get("address") instanceof Map<?, ?> map ? map : Map.of();
        add(raw, STREET, text(address.get("street"), traits.get("street"),
                traits.get("address") instanceof String s ? s : null));
        add(raw, POSTCODE, text(address.get("postalCode"), address.get("postal_code"), address.get("postcode"),
                address.get("zip"), traits.get("postalCode"), traits.get("postal_code"), traits.get("postcode"),
                traits.get("zip")));
        add(raw, CITY, text(address.get("city"), traits.get("city")));
        add(raw, DATE_OF_BIRTH, dateOnly(text(traits.get("birthday"), traits.get("dateOfBirth"),
                traits.get("date_of_birth"), traits.get("dob"), traits.get("birthdate"))));
        Object company = traits.get("company");
        add(raw, COMPANY, text(company instanceof Map<?, ?> c ? c.get("name") : company, traits.get("companyName")));
        add(raw, EMAIL, text(traits.get("email")));
        add(raw, PHONE, text(traits.get("phone")));
        return normalise(raw);
    }

    private static ProfileAttributes normalise(List<Set<String>> raw) {
        List<List<String>> values = new ArrayList<>();
        for (int f = 0; f < raw.size(); f++) {
            Set<String> normalised = new LinkedHashSet<>();
            for (String value : raw.get(f)) {
                String n = NORMALIZERS.get(f).apply(value);
                if (n != null && !n.isBlank()) {
                    normalised.add(n);
                }
            }
            values.add(List.copyOf(normalised));
        }
        return new ProfileAttributes(values);
    }

    /**
     * A full name's first word is the first name, its last word the surname; a Chinese, Japanese or Korean
     * name written without spaces starts with its one-character surname.
     */
    private static void addName(List<Set<String>> raw, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        String[] words = name.trim().split("\\s+");
        if (words.length >= 2) {
            raw.get(FIRST_NAME).add(words[0]);
            raw.get(LAST_NAME).add(words[words.length - 1]);
        } else if (words[0].codePointCount(0, words[0].length()) >= 2 && words[0].codePointAt(0) >= 0x2E80) {
            int split = words[0].offsetByCodePoints(0, 1);
            raw.get(LAST_NAME).add(words[0].substring(0, split));
            raw.get(FIRST_NAME).add(words[0].substring(split));
        } else {
            raw.get(FIRST_NAME).add(words[0]);
        }
    }

    private static void add(List<Set<String>> raw, int field, String value) {
        if (value != null) {
            raw.get(field).add(value);
        }
    }

    private static String dateOnly(String value) {
        return value != null && value.length() > 10 && value.charAt(4) == '-' && value.charAt(10) == 'T'
                ? value.substring(0, 10) : value;
    }

    private static String text(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate instanceof String s && !s.isBlank()) {
                return s.trim();
            }
            if (candidate instanceof Number n) {
                return n.toString();
            }
        }
        return null;
    }
}
