package io.touchpointhub.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The words the generator builds people and events from, and the ways people really type their e-mail
 * and phone: the identity stage must see through those variants, so the benchmark exercises them.
 */
final class Vocabulary {

    static final List<String> FIRST_NAMES = List.of("Ana", "João", "Maria", "Liam", "Olivia", "Noah", "Emma",
            "Lucas", "Sofia", "Mateo", "Chloé", "Jonas", "Aisha", "Yuki", "Priya", "Omar", "Fatima", "Erik",
            "Ingrid", "Diego", "Lena", "Tomás", "Zoe", "Kenji", "Amara", "Pavel", "Nora", "Hugo", "Leila", "Sam");
    static final List<String> LAST_NAMES = List.of("Lima", "Silva", "Smith", "Müller", "García", "Rossi", "Dubois",
            "Nowak", "Jensen", "Tanaka", "Okafor", "Khan", "Novak", "Larsen", "Costa", "Kowalski", "Haddad",
            "Nguyen", "O'Brien", "Schmidt", "Fernández", "Moreau", "Patel", "Ivanova", "Berg", "Santos");
    /** Real-world providers; never the RFC 2606 example domains, which the hub blocks as test data. */
    static final List<String> DOMAINS = List.of("gmail.com", "outlook.com", "yahoo.co.uk", "proton.me",
            "web.de", "orange.fr", "icloud.com", "gmx.net", "hotmail.com", "acme-retail.io");
    static final List<String> CATEGORIES = List.of("Shoes", "Jackets", "Bags", "Watches", "Audio", "Kitchen",
            "Garden", "Books", "Toys", "Sports");
    static final List<String> ADJECTIVES = List.of("Classic", "Urban", "Trail", "Compact", "Premium", "Eco",
            "Vintage", "Smart", "Lite", "Pro");
    static final List<String> CURRENCIES = List.of("EUR", "USD", "GBP");
    static final List<String> USER_AGENTS = List.of(
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Safari/537.36",
            "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
            "Mozilla/5.0 (X11; Linux x86_64; rv:131.0) Gecko/20100101 Firefox/131.0",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148");
    static final List<String> LOCALES = List.of("en-GB", "en-US", "pt-BR", "de-DE", "fr-FR", "es-ES");
    static final List<String> MOBILE_MODELS = List.of("iPhone15,2", "iPhone14,5", "Pixel 8", "SM-S918B");
    static final List<String> SCREENS = List.of("Home", "Product Detail", "Cart", "Search", "Account");
    static final List<String> PLAIN_EVENTS = List.of("Signed Up", "Newsletter Subscribed", "Coupon Applied",
            "Products Searched", "Review Submitted");

    /**
     * US area codes libphonenumber accepts, as the hub runs with default region US: national formats
     * then parse too.
     */
    private static final List<String> AREA_CODES = List.of("415", "212", "646", "312", "617");

    /** Copies of the hub's built-in phone blocklist patterns: a generated number must never be blocked. */
    private static final List<Pattern> BLOCKED_PHONES = List.of(
            Pattern.compile("\\+?\\d{0,3}(\\d)\\1{6,}"),
            Pattern.compile("\\+?\\d{0,3}0?123456789\\d?"));

    private Vocabulary() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** The address in its canonical form (trimmed, lower case), unique per person by its number. */
    static String email(String first, String last, int person, Random random) {
        String local = ascii(first) + "." + ascii(last) + person;
        return (local + "@" + pick(DOMAINS, random)).toLowerCase(Locale.ROOT);
    }

    /** The same address as people type it on different devices and forms. */
    static String emailAsTyped(String canonical, Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> canonical.toUpperCase(Locale.ROOT);
            case 1 -> "  " + capitalised(canonical) + " ";
            case 2 -> capitalised(canonical);
            default -> canonical;
        };
    }

    /**
     * A valid US number in E.164, never one of the blocklisted shapes; unique per person below 4
     * million people (exchange and line spell the number, the area code only varies the look).
     */
    static String phone(int person) {
        for (int salt = 0; ; salt++) {
            // a blocked shape moves far beyond every person's own number, so numbers stay unique
            int n = person + salt * 4_000_000;
            String area = AREA_CODES.get(n % AREA_CODES.size());
            int exchange = 200 + (n / 10_000) % 800;
            int line = n % 10_000;
            String e164 = String.format(Locale.ROOT, "+1%s%03d%04d", area, exchange, line);
            if (BLOCKED_PHONES.stream().noneMatch(p -> p.matcher(e164).matches())) {
                return e164;
            }
        }
    }

    /** The E.164 number the way it shows up in forms: national, dotted, international, 00-prefixed. */
    static String phoneAsTyped(String e164, Random random) {
        String area = e164.substring(2, 5);
        String exchange = e164.substring(5, 8);
        String line = e164.substring(8);
        return switch (random.nextInt(7)) {
            case 0 -> "(" + area + ") " + exchange + "-" + line;
            case 1 -> area + "." + exchange + "." + line;
            case 2 -> "+1 " + area + " " + exchange + " " + line;
            case 3 -> "001 " + area + " " + exchange + " " + line;
            case 4 -> "1-" + area + "-" + exchange + "-" + line;
            case 5 -> area + exchange + line;
            default -> e164;
        };
    }

    private static String capitalised(String email) {
        StringBuilder out = new StringBuilder(email);
        out.setCharAt(0, Character.toUpperCase(out.charAt(0)));
        int dot = email.indexOf('.');
        if (dot > 0 && dot + 1 < email.indexOf('@')) {
            out.setCharAt(dot + 1, Character.toUpperCase(out.charAt(dot + 1)));
        }
        return out.toString();
    }

    /** E-mail local parts stay ASCII: the hub's check is loose, but real providers mostly are. */
    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
