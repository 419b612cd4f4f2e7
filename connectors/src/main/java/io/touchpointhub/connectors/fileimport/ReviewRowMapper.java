package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The product review feed (docs/channels/import.md): one review per row, from any marketplace, as a
 * {@link Channel#MARKETPLACE} touchpoint of type {@code review} whose text (title and body) goes to
 * sentiment analysis. The rating is normalised to 1–5 and kept on its original scale too.
 *
 * <p>The key is {@code (MARKETPLACE, <marketplace>, review:<review_id>)}: the same review arriving in
 * two feeds is stored once. Reviews may be anonymous (no e-mail, no customer id). Thread-safe.
 */
public final class ReviewRowMapper implements RowMapper {

    public static final String REVIEW_ID = "review_id";
    public static final String MARKETPLACE = "marketplace";
    public static final String RATING = "rating";
    public static final String RATING_SCALE = "rating_scale";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String AUTHOR = "author";
    public static final String EMAIL = "email";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String PRODUCT_ID = "product.id";
    public static final String PRODUCT_NAME = "product.name";
    public static final String DATE = "date";
    public static final String LANGUAGE = "language";

    private static final Set<String> NAMED = Set.of(REVIEW_ID, MARKETPLACE, RATING, RATING_SCALE, TITLE, TEXT,
            AUTHOR, EMAIL, CUSTOMER_ID, PRODUCT_ID, PRODUCT_NAME, DATE, LANGUAGE);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final Timestamps DATES = new Timestamps(null, ZoneOffset.UTC);

    private final String defaultMarketplace;

    /** @param defaultMarketplace the source of reviews whose row names no marketplace */
    public ReviewRowMapper(String defaultMarketplace) {
        if (defaultMarketplace == null || defaultMarketplace.isBlank()) {
            throw new IllegalArgumentException("defaultMarketplace must not be blank");
        }
        this.defaultMarketplace = defaultMarketplace;
    }

    @Override
    public void checkColumns(List<String> columns) {
        for (String required : List.of(REVIEW_ID, RATING)) {
            if (!columns.isEmpty() && !columns.contains(required)) {
                throw new MalformedFileException(1, "header", "must have the review feed column '" + required + "'");
            }
        }
    }

    @Override
    public Touchpoint map(ImportRow row, Instant receivedAt) {
        String reviewId = required(row, REVIEW_ID);
        String marketplace = row.value(MARKETPLACE);
        String source = marketplace == null ? defaultMarketplace : marketplace.toLowerCase(Locale.ROOT);
        String date = row.value(DATE);
        Map<String, Object> traits = new LinkedHashMap<>(2);
        String author = row.value(AUTHOR);
        if (author != null) {
            traits.put("displayName", author);
        }
        Map<String, Object> context = new LinkedHashMap<>(2);
        if (row.value(LANGUAGE) != null) {
            context.put("locale", row.value(LANGUAGE));
        }
        return new Touchpoint(new TouchpointKey(Channel.MARKETPLACE, source, "review:" + reviewId), "review", null,
                date == null ? receivedAt : DATES.parse(DATE, date), receivedAt, identifiers(row, source), traits,
                properties(row), context, text(row));
    }

    private static List<Identifier> identifiers(ImportRow row, String marketplace) {
        List<Identifier> identifiers = new ArrayList<>(2);
        String email = row.value(EMAIL);
        if (email != null) {
            identifiers.add(Identifier.of(IdentifierType.EMAIL, RowChecks.email(EMAIL, email)));
        }
        String customerId = row.value(CUSTOMER_ID);
        if (customerId != null) {
            identifiers.add(Identifier.of(IdentifierType.EXTERNAL_ID, marketplace + ":" + customerId));
        }
        return identifiers;
    }

    private static Map<String, Object> properties(ImportRow row) {
        Map<String, Object> properties = new LinkedHashMap<>();
        row.values().keySet().stream().filter(column -> !NAMED.contains(column) && row.value(column) != null)
                .forEach(column -> properties.put(column, row.value(column)));
        BigDecimal scale = row.value(RATING_SCALE) == null ? FIVE : positive(RATING_SCALE, row.value(RATING_SCALE));
        BigDecimal rating = Amounts.parse(RATING, required(row, RATING), '.');
        if (rating.signum() < 0 || rating.compareTo(scale) > 0) {
            throw new InvalidTouchpointException(RATING, "must be between 0 and rating_scale (" + scale.toPlainString() + ")");
        }
        properties.put("rating", normalised(rating, scale));
        properties.put("ratingOriginal", rating);
        properties.put("ratingScale", scale);
        Map<String, Object> product = new LinkedHashMap<>(2);
        if (row.value(PRODUCT_ID) != null) {
            product.put("id", row.value(PRODUCT_ID));
        }
        if (row.value(PRODUCT_NAME) != null) {
            product.put("name", row.value(PRODUCT_NAME));
        }
        if (!product.isEmpty()) {
            properties.put("product", product);
        }
        if (row.value(AUTHOR) != null) {
            properties.put("author", row.value(AUTHOR));
        }
        return properties;
    }

    /** {@code rating / scale * 5} to one decimal, at least 1: 8/10 is 4.0, 4/5 stays 4.0, 0/100 is 1.0. */
    static BigDecimal normalised(BigDecimal rating, BigDecimal scale) {
        BigDecimal fives = rating.multiply(FIVE).divide(scale, 1, RoundingMode.HALF_UP);
        return fives.max(BigDecimal.ONE.setScale(1));
    }

    private static BigDecimal positive(String field, String value) {
        BigDecimal number = Amounts.parse(field, value, '.');
        if (number.signum() <= 0) {
            throw new InvalidTouchpointException(field, "must be a positive number (the best rating, e.g. 5 or 10)");
        }
        return number;
    }

    private static String text(ImportRow row) {
        String title = row.value(TITLE);
        String text = row.value(TEXT);
        if (title == null) {
            return text;
        }
        return text == null ? title : title + "\n\n" + text;
    }

    private static String required(ImportRow row, String column) {
        String value = row.value(column);
        if (value == null) {
            throw new InvalidTouchpointException(column, "is required");
        }
        return value;
    }
}
