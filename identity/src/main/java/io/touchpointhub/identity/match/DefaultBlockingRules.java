package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.block.BlockingRule;
import io.touchpointhub.identity.match.block.KeyPart;
import io.touchpointhub.identity.match.block.KeyTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocking rules chosen from the mapped field types when none are configured: exact identifiers
 * (e-mail, phone, national id), name sounds with the birth date, the name pair in either order,
 * postcode or city with a name, house number with street, company names (their big blocks kept as
 * windows) and for free text its rarest words.
 * Each rule only needs its own fields, so records with gaps still land in some block.
 */
public final class DefaultBlockingRules {

    private static final int TEXT_TOKENS = 5;
    /** Company names are short: block on up to this many of their words, rarest first. */
    private static final int COMPANY_TOKENS = 4;
    /** Partners per record in an oversized company block (see {@link BlockingRule#oversizedWindow()}). */
    private static final int COMPANY_WINDOW = 20;

    private final List<FieldSpec> fields;
    private final List<BlockingRule> rules = new ArrayList<>();

    private DefaultBlockingRules(List<FieldSpec> fields) {
        this.fields = fields;
    }

    /** The default rules for a schema; at least one, at most 16. */
    public static List<BlockingRule> forFields(List<FieldSpec> fields) {
        DefaultBlockingRules defaults = new DefaultBlockingRules(fields);
        defaults.identifiers();
        defaults.names();
        defaults.places();
        defaults.text();
        if (defaults.rules.isEmpty()) {
            defaults.fallback();
        }
        return List.copyOf(defaults.rules.subList(0, Math.min(16, defaults.rules.size())));
    }

    private void identifiers() {
        single("email", FieldType.EMAIL, KeyTransform.VALUE);
        single("phone", FieldType.PHONE, KeyTransform.VALUE);
        single("national-id", FieldType.NATIONAL_ID, KeyTransform.VALUE);
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).type() == FieldType.CODE) {
                rule(fields.get(f).name(), part(f, KeyTransform.VALUE));
            }
        }
    }

    private void names() {
        int first = index(FieldType.FIRST_NAME);
        int last = index(FieldType.LAST_NAME);
        int full = index(FieldType.FULL_NAME);
        int dob = index(FieldType.DATE_OF_BIRTH);
        if (first >= 0 && last >= 0) {
            rules.add(new BlockingRule("first+last-sound-either-order",
                    List.of(part(first, KeyTransform.METAPHONE), part(last, KeyTransform.METAPHONE)), true, 0));
        }
        if (full >= 0) {
            rule("full-name-sound", part(full, KeyTransform.METAPHONE));
            rules.add(new BlockingRule("full-name-rare-word", List.of(part(full, KeyTransform.TOKENS)), false, 2));
        }
        if (dob >= 0) {
            for (int name : new int[] {last, first, full}) {
                if (name >= 0) {
                    rule(fields.get(name).name() + "-sound+birth-date", part(name, KeyTransform.METAPHONE),
                            part(dob, KeyTransform.VALUE));
                }
            }
        }
    }

    private void places() {
        int first = index(FieldType.FIRST_NAME);
        int last = index(FieldType.LAST_NAME);
        int dob = index(FieldType.DATE_OF_BIRTH);
        int postcode = index(FieldType.POSTCODE);
        int city = index(FieldType.CITY);
        int house = index(FieldType.HOUSE_NUMBER);
        int street = index(FieldType.STREET);
        int company = index(FieldType.COMPANY);
        if (postcode >= 0) {
            pair("postcode+first-name-start", postcode, KeyTransform.VALUE, first, KeyTransform.PREFIX3);
            pair("postcode+last-name-start", postcode, KeyTransform.VALUE, last, KeyTransform.PREFIX3);
            pair("postcode+birth-date", postcode, KeyTransform.VALUE, dob, KeyTransform.VALUE);
        }
        if (city >= 0) {
            pair("city+last-name-sound", city, KeyTransform.VALUE, last, KeyTransform.METAPHONE);
            pair("city+birth-date", city, KeyTransform.VALUE, dob, KeyTransform.VALUE);
        }
        pair("house-number+street-sound", house, KeyTransform.VALUE, street, KeyTransform.METAPHONE);
        if (company >= 0) {
            // one company is often hundreds of records: its blocks are kept as windows, not skipped
            rules.add(new BlockingRule("company", List.of(part(company, KeyTransform.VALUE)), false, 0, COMPANY_WINDOW));
            rules.add(new BlockingRule("company-words", List.of(part(company, KeyTransform.TOKENS)), false,
                    COMPANY_TOKENS, COMPANY_WINDOW));
        }
    }

    private void text() {
        int added = 0;
        for (int f = 0; f < fields.size() && added < 2; f++) {
            if (fields.get(f).type() == FieldType.TEXT) {
                rules.add(new BlockingRule(fields.get(f).name() + "-rare-words", List.of(part(f, KeyTransform.TOKENS)),
                        false, TEXT_TOKENS));
                added++;
            }
        }
    }

    /** No rule applies (only dates, numbers...): block on every field's exact value. */
    private void fallback() {
        for (int f = 0; f < fields.size() && rules.size() < 16; f++) {
            rule(fields.get(f).name(), part(f, KeyTransform.VALUE));
        }
    }

    private void single(String name, FieldType type, KeyTransform transform) {
        int field = index(type);
        if (field >= 0) {
            rule(name, part(field, transform));
        }
    }

    private void pair(String name, int a, KeyTransform ta, int b, KeyTransform tb) {
        if (a >= 0 && b >= 0) {
            rule(name, part(a, ta), part(b, tb));
        }
    }

    private void rule(String name, KeyPart... parts) {
        rules.add(BlockingRule.of(name, parts));
    }

    private static KeyPart part(int field, KeyTransform transform) {
        return new KeyPart(field, transform);
    }

    private int index(FieldType type) {
        for (int f = 0; f < fields.size(); f++) {
            if (fields.get(f).type() == type) {
                return f;
            }
        }
        return -1;
    }
}
