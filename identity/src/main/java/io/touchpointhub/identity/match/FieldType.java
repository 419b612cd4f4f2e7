package io.touchpointhub.identity.match;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a column holds; it decides normalisation, comparison levels, term-frequency adjustment and
 * the default blocking keys. Wire names are the lower-case names ({@code first_name}).
 */
public enum FieldType {
    FULL_NAME, FIRST_NAME, LAST_NAME, EMAIL, PHONE, HOUSE_NUMBER, STREET, ADDRESS_LINE, CITY, POSTCODE,
    REGION, COUNTRY, DATE_OF_BIRTH, GENDER, NATIONAL_ID, COMPANY,
    /** A product or part code (SKU, model number): exact, one edit, different. */
    CODE,
    /** Free text such as a product title, a paper title or a description. */
    TEXT,
    /** An amount such as a price. */
    NUMBER,
    YEAR,
    /** Read but not compared. */
    IGNORE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> fromWireName(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName().equals(name)).findFirst();
    }

    /** Every wire name, comma-separated, for messages. */
    public static String wireNames() {
        return String.join(", ", Arrays.stream(values()).map(FieldType::wireName).toList());
    }
}
