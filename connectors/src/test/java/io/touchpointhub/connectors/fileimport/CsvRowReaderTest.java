package io.touchpointhub.connectors.fileimport;

import static io.touchpointhub.connectors.fileimport.ImportFiles.csv;
import static io.touchpointhub.connectors.fileimport.ImportFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    @Test
    void readsQuotedFieldsHoldingCommasDoubledQuotesAndLineBreaks() {
        List<Object> rows = readAll(new CsvRowReader(ImportFiles.resource("legacy-crm.csv"), ReadOptions.defaults()));

        assertThat(rows).hasSize(5).allMatch(ImportRow.class::isInstance);
        ImportRow ada = (ImportRow) rows.get(0);
        assertThat(ada.value("Notes")).isEqualTo("Asked about the \"Pro\" plan, wants a call back");
        ImportRow charles = (ImportRow) rows.get(1);
        assertThat(charles.value("Notes")).isEqualTo("Complained twice:\nfirst about delivery,\nthen about the invoice");
        assertThat(charles.value("Currency")).isEqualTo("GBP");
    }

    @Test
    void numbersRowsAsRecordsWithTheHeaderAsRowOne() {
        List<Object> rows = readAll(new CsvRowReader(ImportFiles.resource("legacy-crm.csv"), ReadOptions.defaults()));

        // Charles's record spans three lines; the records after it keep their record numbers
        assertThat(rows).extracting(r -> ((ImportRow) r).number()).containsExactly(2L, 3L, 4L, 5L, 6L);
    }

    @Test
    void acceptsCrlfLineEndsAndSkipsEmptyLines() {
        List<Object> rows = readAll(csv("a,b\r\n1,2\r\n\r\n3,4\r\n"));

        assertThat(rows).extracting(r -> ((ImportRow) r).values())
                .containsExactly(Map.of("a", "1", "b", "2"), Map.of("a", "3", "b", "4"));
    }

    @Test
    void skipsAByteOrderMarkSoTheFirstColumnKeepsItsName() {
        byte[] withBom = "\uFEFFEmail,Name\nada@example.com,Ada\n".getBytes(StandardCharsets.UTF_8);

        RowReader reader = csv(withBom, StandardCharsets.UTF_8);

        assertThat(reader.columns()).containsExactly("Email", "Name");
        assertThat(reader.next().value("Email")).isEqualTo("ada@example.com");
    }

    @Test
    void readsAGbkEncodedFileWhenItsEncodingIsDeclared() {
        Charset gbk = Charset.forName("GBK");
        byte[] bytes = "邮箱,姓名,备注\nli@example.cn,李雷,\"你好，世界\"\n".getBytes(gbk);

        ImportRow row = csv(bytes, gbk).next();

        assertThat(row.values()).containsEntry("邮箱", "li@example.cn").containsEntry("姓名", "李雷")
                .containsEntry("备注", "你好，世界");
    }

    @Test
    void stopsAtBytesThatAreNotInTheDeclaredEncoding() {
        byte[] gbk = "Email,Name\nli@example.cn,李雷\n".getBytes(Charset.forName("GBK"));

        assertThatThrownBy(() -> readAll(csv(gbk, StandardCharsets.UTF_8))).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.field()).isEqualTo("file");
            assertThat(e.rule()).contains("encoded in the declared encoding");
        });
    }

    @Test
    void reportsARecordWithTheWrongNumberOfFieldsAndReadsOn() {
        List<Object> rows = readAll(csv("a,b\n1,2\n3\n4,5,6\n7,8\n"));

        assertThat(rows).hasSize(4);
        assertThat(rows.get(1)).isEqualTo(new RowError(3, "row", "must have 2 fields like the header, not 1"));
        assertThat(rows.get(2)).isEqualTo(new RowError(4, "row", "must have 2 fields like the header, not 3"));
        assertThat(((ImportRow) rows.get(3)).values()).isEqualTo(Map.of("a", "7", "b", "8"));
    }

    @Test
    void stopsAtBrokenQuotingNamingItsRowAndNeverItsContent() {
        RowReader reader = csv("a,b\n1,2\n3,\"secret\"tail\n5,6\n");
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.row()).isEqualTo(3);
            assertThat(e.rule()).contains("RFC 4180");
            assertThat(e.getMessage()).doesNotContain("secret");
        });
    }

    @Test
    void stopsAtAnUnclosedQuoteOnceTheRecordPassesTheSizeLimit() {
        String file = "a,b\n1,\"never closed\n" + "x,y\n".repeat(20_000);
        RowReader reader = new CsvRowReader(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(StandardCharsets.UTF_8, ',', 1_000));

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(MalformedFileException.class, e -> {
            assertThat(e.row()).isEqualTo(2);
            assertThat(e.rule()).startsWith("must be at most 1000 characters");
        });
    }

    @Test
    void refusesAHeaderThatNamesAColumnTwice() {
        assertThatThrownBy(() -> csv("Email,Email\na,b\n")).isInstanceOfSatisfying(MalformedFileException.class,
                e -> assertThat(e.field()).isEqualTo("header"));
    }

    @Test
    void readsTheConfiguredDelimiter() {
        RowReader reader = new CsvRowReader(new ByteArrayInputStream("a;b\n\"1;5\";2\n".getBytes(StandardCharsets.UTF_8)),
                new ReadOptions(StandardCharsets.UTF_8, ';', 1_000));

        assertThat(reader.next().values()).isEqualTo(Map.of("a", "1;5", "b", "2"));
    }

    @Test
    void tellsAFailingSourceApartFromAMalformedFile() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("disk gone");
                    }
                });

        assertThatThrownBy(() -> readAll(new CsvRowReader(failing, ReadOptions.defaults())))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void anEmptyFileHasNoRows() {
        assertThat(readAll(csv(""))).isEmpty();
    }
}
