package io.touchpointhub.connectors.fileimport;

import static io.touchpointhub.connectors.fileimport.ImportFiles.jsonLines;
import static io.touchpointhub.connectors.fileimport.ImportFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesRowReaderTest {

    @Test
    void flattensNestedObjectsAndKeepsNumbersAsWritten() {
        ImportRow row = jsonLines("""
                {"id":"R1","rating":4.50,"big":12345678901234567890,"ok":true,"none":null,"tags":["a","b"],"product":{"id":"SKU-1","maker":{"name":"Acme"}}}
                """).next();

        assertThat(row.number()).isEqualTo(1);
        assertThat(row.values()).containsEntry("id", "R1").containsEntry("rating", "4.50")
                .containsEntry("big", "12345678901234567890").containsEntry("ok", "true")
                .containsEntry("tags", "[\"a\",\"b\"]").containsEntry("product.id", "SKU-1")
                .containsEntry("product.maker.name", "Acme").doesNotContainKey("none");
    }

    @Test
    void reportsAMalformedLineWithItsLineNumberAndReadsOn() {
        List<Object> rows = readAll(jsonLines("""
                {"n":1}
                {"n":2, "secret":"ana@example.com"
                [1,2]
                {"n":4}
                """));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo(new RowError(2, "row", "must be one well-formed JSON object"));
        assertThat(rows.get(2)).isEqualTo(new RowError(3, "row", "must be one well-formed JSON object"));
        assertThat(((ImportRow) rows.get(3)).number()).isEqualTo(4);
    }

    @Test
    void skipsBlankLinesButCountsThemAndAcceptsCrlfAndAByteOrderMark() {
        List<Object> rows = readAll(jsonLines("\uFEFF{\"n\":1}\r\n\r\n   \r\n{\"n\":4}"));

        assertThat(rows).extracting(r -> ((ImportRow) r).number()).containsExactly(1L, 4L);
        assertThat(((ImportRow) rows.get(0)).value("n")).isEqualTo("1");
    }

    @Test
    void reportsALineOverTheSizeLimitAndReadsTheNextOne() {
        String text = "{\"n\":1}\n{\"pad\":\"" + "x".repeat(50_000) + "\"}\n{\"n\":3}\n";
        RowReader reader = new JsonLinesRowReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(StandardCharsets.UTF_8, ',', 1_000));

        List<Object> rows = readAll(reader);

        assertThat(rows).hasSize(3);
        assertThat(rows.get(1)).isEqualTo(new RowError(2, "row", "must be at most 1000 characters"));
        assertThat(((ImportRow) rows.get(2)).value("n")).isEqualTo("3");
    }

    @Test
    void stopsAtBytesThatAreNotInTheDeclaredEncoding() {
        byte[] latin1 = "{\"name\":\"Jos\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        RowReader reader = new JsonLinesRowReader(new ByteArrayInputStream(latin1), ReadOptions.defaults());

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.field()).isEqualTo("file"));
    }
}
