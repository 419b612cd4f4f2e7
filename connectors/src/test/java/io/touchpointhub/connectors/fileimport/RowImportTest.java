package io.touchpointhub.connectors.fileimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowImportTest {

    private static final Instant NOW = Instant.parse("2025-01-10T12:00:00Z");

    @Test
    void keepsTheGoodRowsAndReportsEachBadRowWithItsNumberAndRule() {
        List<ImportChunk> chunks = new ArrayList<>();

        ImportTotals totals = new RowImport(new ColumnRowMapper(ColumnRowMapperTest.CRM), 2).run(
                new CsvRowReader(ImportFiles.resource("legacy-crm.csv"), ReadOptions.defaults()), NOW, chunks::add);

        assertThat(totals).isEqualTo(new ImportTotals(5, 3, 2));
        assertThat(chunks).extracting(ImportChunk::rowsRead).containsExactly(2L, 2L, 1L);
        assertThat(chunks.stream().flatMap(c -> c.errors().stream())).containsExactly(
                new RowError(4, "Email", "must be an e-mail address"),
                new RowError(5, "Last Contact", "must be a timestamp in the format dd/MM/yyyy HH:mm"));
        List<Touchpoint> imported = chunks.stream().flatMap(c -> c.touchpoints().stream()).toList();
        assertThat(imported).extracting(t -> t.traits().get("firstName")).containsExactly("Ada", "Charles", "Edsger");
        assertThat(imported).allMatch(t -> t.receivedAt().equals(NOW));
    }

    @Test
    void handsOnTheRowsBeforeAFileErrorThenThrowsIt() {
        List<ImportChunk> chunks = new ArrayList<>();
        String file = "Email\na@example.com\nb@example.com\n\"c@example.com\"x\nd@example.com\n";

        assertThatThrownBy(() -> new RowImport(new ColumnRowMapper(emailOnly()), 500).run(ImportFiles.csv(file), NOW,
                chunks::add)).isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.row()).isEqualTo(4));

        assertThat(chunks).hasSize(1);
        assertThat(chunks.get(0).touchpoints()).hasSize(2);
    }

    @Test
    void countsUnreadableRecordsAsRejectedRows() {
        List<ImportChunk> chunks = new ArrayList<>();

        ImportTotals totals = new RowImport(new ColumnRowMapper(emailOnly()), 500).run(
                ImportFiles.csv("Email\na@example.com\n\"x\",\"y\"\n"), NOW, chunks::add);

        assertThat(totals).isEqualTo(new ImportTotals(2, 1, 1));
        assertThat(chunks.get(0).errors()).containsExactly(new RowError(3, "row", "must have 1 fields like the header, not 2"));
    }

    @Test
    void checksTheHeaderBeforeTheFirstRow() {
        assertThatThrownBy(() -> new RowImport(new ColumnRowMapper(ColumnRowMapperTest.CRM), 500)
                .run(ImportFiles.csv("Email,Name\na@example.com,A\n"), NOW, chunk -> { }))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> assertThat(e.field()).isEqualTo("header"));
    }

    private static ColumnMapping emailOnly() {
        return ColumnMapping.of("crm", new ColumnMapping.Columns(null, "Email", null, null, null, null, null, null,
                null, null, null, null));
    }
}
