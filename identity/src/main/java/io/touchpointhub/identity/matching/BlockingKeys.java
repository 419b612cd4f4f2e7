package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.match.block.KeyTransform;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocking keys of a profile, after the engine's default rules for people (see
 * docs/identity-matching.md): surname sound with the first initial, with the birth date or the city;
 * first-name sound with the birth date; postcode with the surname's first letters or the birth date;
 * city with the birth date; street or company with the surname sound; an e-mail's local part. Two
 * profiles are compared when they share a key. Keys are 64-bit hashes, so the index holds no readable
 * personal data.
 */
public final class BlockingKeys {

    /** A profile known under many names yields keys for its most recent few only. */
    private static final int VALUES_PER_FIELD = 3;

    private BlockingKeys() {
    }

    public static Set<Long> of(ProfileAttributes a) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> firsts = recent(a, MatchFields.FIRST_NAME);
        List<String> lasts = recent(a, MatchFields.LAST_NAME);
        List<String> dobs = recent(a, MatchFields.DATE_OF_BIRTH);
        List<String> cities = recent(a, MatchFields.CITY);
        for (String last : lasts) {
            String sound = sound(last);
            firsts.forEach(first -> keys.add("n|" + sound + "|" + KeyTransform.INITIAL.apply(first)));
            dobs.forEach(dob -> keys.add("nd|" + sound + "|" + dob));
            cities.forEach(city -> keys.add("nc|" + sound + "|" + city));
            recent(a, MatchFields.POSTCODE).forEach(pc -> keys.add("pn|" + pc + "|" + KeyTransform.PREFIX3.apply(last)));
            recent(a, MatchFields.STREET).forEach(street -> keys.add("sn|" + street + "|" + sound));
            recent(a, MatchFields.COMPANY).forEach(company -> keys.add("on|" + company + "|" + sound));
        }
        for (String dob : dobs) {
            firsts.forEach(first -> keys.add("fd|" + sound(first) + "|" + dob));
            recent(a, MatchFields.POSTCODE).forEach(pc -> keys.add("pd|" + pc + "|" + dob));
            cities.forEach(city -> keys.add("cd|" + city + "|" + dob));
        }
        for (String email : recent(a, MatchFields.EMAIL)) {
            int at = email.indexOf('@');
            if (at > 0) {
                keys.add("el|" + email.substring(0, at));
            }
        }
        Set<Long> hashes = new LinkedHashSet<>();
        keys.forEach(k -> hashes.add(hash(k)));
        return hashes;
    }

    private static List<String> recent(ProfileAttributes a, int field) {
        List<String> values = a.values(field);
        return values.size() <= VALUES_PER_FIELD ? values : values.subList(0, VALUES_PER_FIELD);
    }

    private static String sound(String name) {
        return KeyTransform.METAPHONE.apply(name).trim();
    }

    /** FNV-1a, 64 bits: collisions only put a few unrelated profiles into one block. */
    static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
