package io.touchpointhub.identity.normalize;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns identifiers as channels give them into the canonical form stored in the identity graph, so
 * that {@code " Ana@Example.COM"} and {@code "ana@example.com"} are the same person. Thread-safe.
 */
public final class IdentifierNormalizer {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Deliberately loose: one {@code @}, something before it, a dotted domain after it. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** What people type for a phone number: digits, a leading +, and the usual separators. */
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[\\d\\s().\\-/]+");
    private static final int MIN_PHONE_DIGITS = 6;
    /** Longer values are garbage, and would not fit a B-tree index entry of the identity graph. */
    static final int MAX_LENGTH = 512;

    private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
    private final String defaultRegion;

    /** @param defaultRegion ISO 3166 region of national phone numbers without a country code, e.g. "GB" */
    public IdentifierNormalizer(String defaultRegion) {
        this.defaultRegion = defaultRegion == null ? "ZZ" : defaultRegion.toUpperCase(Locale.ROOT);
    }

    /** The canonical form of the identifier, or empty when its value cannot be a valid one of its type. */
    public Optional<Identifier> normalize(Identifier raw) {
        String value = raw.value();
        Optional<String> normalised = switch (raw.type()) {
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            case USER_ID, ANONYMOUS_ID -> nonBlank(value.trim());
            case EXTERNAL_ID -> externalId(value);
            case HANDLE -> nonBlank(value.trim().toLowerCase(Locale.ROOT));
        };
        return normalised.filter(v -> v.length() <= MAX_LENGTH).map(v -> new Identifier(raw.type(), v));
    }

    /**
     * The identifiers a search query could mean, most specific first: an e-mail address (however
     * capitalised or spaced), else a phone number typed any common way, else the query as typed as a
     * user id, anonymous id and, when it has a {@code system:id} shape, an external id or handle.
     */
    public List<Identifier> interpret(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        Optional<String> email = email(query);
        if (email.isPresent()) {
            return List.of(new Identifier(IdentifierType.EMAIL, email.get()));
        }
        String trimmed = query.trim();
        if (PHONE_LIKE.matcher(trimmed).matches() && digits(trimmed) >= MIN_PHONE_DIGITS) {
            Optional<String> phone = phone(trimmed);
            if (phone.isPresent()) {
                return List.of(new Identifier(IdentifierType.PHONE, phone.get()));
            }
        }
        List<Identifier> candidates = new ArrayList<>();
        candidates.add(new Identifier(IdentifierType.USER_ID, trimmed));
        candidates.add(new Identifier(IdentifierType.ANONYMOUS_ID, trimmed));
        externalId(trimmed).ifPresent(v -> candidates.add(new Identifier(IdentifierType.EXTERNAL_ID, v)));
        if (trimmed.indexOf(':') > 0) {
            candidates.add(new Identifier(IdentifierType.HANDLE, trimmed.toLowerCase(Locale.ROOT)));
        }
        return List.copyOf(candidates);
    }

    private static Optional<String> email(String value) {
        // no valid address contains whitespace, so removing it only repairs typing and copying slips
        String candidate = WHITESPACE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT);
        if (candidate.startsWith("mailto:")) {
            candidate = candidate.substring("mailto:".length());
        }
        return EMAIL.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }

    private Optional<String> phone(String value) {
        String candidate = value.trim();
        // "0044 ..." is the international prefix most of the world dials; treat it as "+44 ..."
        if (candidate.startsWith("00")) {
            candidate = "+" + candidate.substring(2);
        }
        try {
            PhoneNumber number = phones.parse(candidate, defaultRegion);
            if (!phones.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(phones.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> externalId(String value) {
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String system = value.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String id = value.substring(colon + 1).trim();
        if (system.isEmpty() || id.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(system + ":" + id);
    }

    private static Optional<String> nonBlank(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static int digits(String value) {
        return (int) value.chars().filter(Character::isDigit).count();
    }
}
