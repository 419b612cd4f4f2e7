package io.touchpointhub.connectors.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewRowMapperTest {

    private static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");
    private final ReviewRowMapper mapper = new ReviewRowMapper("reviews");

    @Test
    void mapsAFeedReviewToAMarketplaceTextTouchpointWithRatingAndProduct() {
        Touchpoint review = feed("reviews.jsonl", ImportFormat.JSON_LINES).get(0);

        assertThat(review.key()).isEqualTo(new TouchpointKey(Channel.MARKETPLACE, "amazon.de", "review:R1"));
        assertThat(review.type()).isEqualTo("review");
        assertThat(review.occurredAt()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(review.text()).isEqualTo("Broke after a week\n\nThe handle snapped on day seven. Very disappointed.");
        assertThat(review.identifiers()).containsExactly(Identifier.of(IdentifierType.EMAIL, "ana@example.com"));
        assertThat(review.properties()).containsEntry("rating", new BigDecimal("2.0"))
                .containsEntry("ratingOriginal", new BigDecimal("2")).containsEntry("ratingScale", BigDecimal.valueOf(5))
                .containsEntry("product", Map.of("id", "SKU-42", "name", "Kettle 2000"))
                .containsEntry("author", "Ana K.").containsEntry("verified_purchase", "true");
        assertThat(review.traits()).isEqualTo(Map.of("displayName", "Ana K."));
        assertThat(review.context()).isEqualTo(Map.of("locale", "en"));
    }

    @Test
    void namesMarketplaceCustomersByTheirMarketplaceIdAndKeepsTheOriginalScale() {
        Touchpoint review = feed("reviews.jsonl", ImportFormat.JSON_LINES).get(1);

        assertThat(review.identifiers()).containsExactly(Identifier.of(IdentifierType.EXTERNAL_ID, "etsy:etsy-778"));
        assertThat(review.properties()).containsEntry("rating", new BigDecimal("4.5"))
                .containsEntry("ratingOriginal", new BigDecimal("9")).containsEntry("ratingScale", new BigDecimal("10"));
        assertThat(review.text()).isEqualTo("Lovely");
        assertThat(review.occurredAt()).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
    }

    @Test
    void acceptsAnAnonymousReviewWithoutMarketplaceOrDate() {
        Touchpoint review = feed("reviews.jsonl", ImportFormat.JSON_LINES).get(2);

        assertThat(review.source()).isEqualTo("reviews");
        assertThat(review.identifiers()).isEmpty();
        assertThat(review.occurredAt()).isEqualTo(NOW);
        assertThat(review.text()).isEqualTo("Good value.");
    }

    @Test
    void readsTheSameReviewsFromTheCsvFeed() {
        List<Touchpoint> fromCsv = feed("reviews.csv", ImportFormat.CSV);
        List<Touchpoint> fromJson = feed("reviews.jsonl", ImportFormat.JSON_LINES);

        assertThat(fromCsv).hasSize(2);
        for (int i = 0; i < 2; i++) {
            assertThat(fromCsv.get(i).key()).isEqualTo(fromJson.get(i).key());
            assertThat(fromCsv.get(i).text()).isEqualTo(fromJson.get(i).text());
            assertThat(fromCsv.get(i).identifiers()).isEqualTo(fromJson.get(i).identifiers());
            assertThat(fromCsv.get(i).properties().get("rating")).isEqualTo(fromJson.get(i).properties().get("rating"));
        }
    }

    @ParameterizedTest
    @CsvSource({"5,5,5.0", "1,5,1.0", "8,10,4.0", "73,100,3.7", "0,100,1.0", "3.5,5,3.5"})
    void normalisesRatingsToOneToFive(String rating, String scale, String expected) {
        assertThat(ReviewRowMapper.normalised(new BigDecimal(rating), new BigDecimal(scale)))
                .isEqualTo(new BigDecimal(expected));
    }

    @Test
    void rejectsARatingAboveItsScaleAndAReviewWithoutId() {
        ImportRow tooHigh = new ImportRow(2, Map.of("review_id", "R9", "rating", "6"));
        ImportRow noId = new ImportRow(3, Map.of("rating", "4"));

        assertThatThrownBy(() -> mapper.map(tooHigh, NOW)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e.field()).isEqualTo("rating"));
        assertThatThrownBy(() -> mapper.map(noId, NOW)).isInstanceOfSatisfying(InvalidTouchpointException.class,
                e -> assertThat(e).extracting(InvalidTouchpointException::field, InvalidTouchpointException::rule)
                        .containsExactly("review_id", "is required"));
    }

    @Test
    void refusesACsvFeedWithoutTheRequiredColumns() {
        assertThatThrownBy(() -> mapper.checkColumns(List.of("id", "stars")))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.rule()).contains("review_id"));
    }

    private List<Touchpoint> feed(String file, ImportFormat format) {
        List<Touchpoint> reviews = new ArrayList<>();
        new RowImport(mapper, 10).run(RowReader.open(format, ImportFiles.resource(file), ReadOptions.defaults()), NOW,
                chunk -> {
                    assertThat(chunk.errors()).isEmpty();
                    reviews.addAll(chunk.touchpoints());
                });
        return reviews;
    }
}
