package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.compare.CompanyComparator;
import io.touchpointhub.identity.match.compare.DateComparator;
import io.touchpointhub.identity.match.compare.EditDistanceComparator;
import io.touchpointhub.identity.match.compare.EmailComparator;
import io.touchpointhub.identity.match.compare.ExactComparator;
import io.touchpointhub.identity.match.compare.FieldComparator;
import io.touchpointhub.identity.match.compare.NameComparator;
import io.touchpointhub.identity.match.compare.NumberComparator;
import io.touchpointhub.identity.match.compare.TfIdfComparator;
import io.touchpointhub.identity.match.compare.TokenSetComparator;
import io.touchpointhub.identity.match.compare.YearComparator;
import io.touchpointhub.identity.match.normalize.AddressNormalizer;
import io.touchpointhub.identity.match.normalize.Codes;
import io.touchpointhub.identity.match.normalize.CompanyNormalizer;
import io.touchpointhub.identity.match.normalize.DateNormalizer;
import io.touchpointhub.identity.match.normalize.NameNormalizer;
import io.touchpointhub.identity.match.normalize.Nicknames;
import io.touchpointhub.identity.match.normalize.TextTokens;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** What each {@link FieldType} means for normalisation, comparison and term-frequency adjustment. */
public final class FieldKinds {

    /**
     * Not companies: a company name is frequent because the company has many records (contacts,
     * patents, products), not because many companies share it, so its frequency says nothing about
     * how likely two records with it differ.
     */
    private static final Set<FieldType> TERM_FREQUENCY = EnumSet.of(FieldType.FIRST_NAME, FieldType.LAST_NAME,
            FieldType.FULL_NAME, FieldType.CITY);

    private FieldKinds() {
    }

    /** The normaliser of a type: raw value → normalised value, or null for "missing". */
    public static UnaryOperator<String> normalizer(FieldType type, List<String> dateFormats) {
        return switch (type) {
            case FULL_NAME, FIRST_NAME, LAST_NAME -> NameNormalizer::normalize;
            case EMAIL -> Codes::email;
            case PHONE -> Codes::phone;
            case HOUSE_NUMBER, POSTCODE, NATIONAL_ID, CODE -> Codes::code;
            case STREET, ADDRESS_LINE -> AddressNormalizer::normalize;
            case CITY, REGION, COUNTRY -> Codes::place;
            case DATE_OF_BIRTH -> new DateNormalizer(dateFormats)::normalize;
            case GENDER -> Codes::gender;
            case COMPANY -> CompanyNormalizer::normalize;
            case TEXT -> TextTokens::normalize;
            case NUMBER -> Codes::number;
            case YEAR -> Codes::year;
            case IGNORE -> v -> null;
        };
    }

    /** A new comparator for a field of the type (comparators of free text hold corpus statistics). */
    public static FieldComparator comparator(FieldType type) {
        return switch (type) {
            case FIRST_NAME -> new NameComparator(Nicknames.english());
            case LAST_NAME, CITY -> new NameComparator(null);
            case FULL_NAME, STREET, ADDRESS_LINE -> new TokenSetComparator();
            case COMPANY -> new CompanyComparator();
            case EMAIL -> new EmailComparator();
            case PHONE, POSTCODE, NATIONAL_ID -> new EditDistanceComparator(2);
            case HOUSE_NUMBER, CODE -> new EditDistanceComparator(1);
            case REGION, COUNTRY, GENDER -> new ExactComparator();
            case DATE_OF_BIRTH -> new DateComparator();
            case TEXT -> new TfIdfComparator();
            case NUMBER -> new NumberComparator();
            case YEAR -> new YearComparator();
            case IGNORE -> throw new IllegalArgumentException("ignored fields are not compared");
        };
    }

    /** Whether an exact agreement on the type weighs more for rare values than for common ones. */
    public static boolean termFrequencyAdjusted(FieldType type) {
        return TERM_FREQUENCY.contains(type);
    }
}
