package io.touchpointhub.connectors.fileimport;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Proves streaming by structure rather than by a huge file under a tiny heap: files of millions of rows
 * that exist only as they are read, read to the end while the reader is never more than its buffer
 * ahead of the row it returns, and an import that hands rows on in fixed-size chunks.
 */
class StreamingImportTest {

    private static final int READ_AHEAD_ALLOWANCE = 64 * 1024;
    private static final String HEADER = "Id,Email,Name,When,Total\n";

    @Test
    void readsMillionsOfCsvRowsNeverFurtherAheadThanItsBuffer() throws Exception {
        long rows = 2_000_000;
        GeneratedFile file = new GeneratedFile(HEADER, rows, StreamingImportTest::csvRecord);
        long expectedBytes = HEADER.length();
        long count = 0;

        try (RowReader reader = new CsvRowReader(file, ReadOptions.defaults())) {
            for (ImportRow row = reader.next(); row != null; row = reader.next()) {
                expectedBytes += csvRecord(count).getBytes(StandardCharsets.UTF_8).length;
                count++;
                if (count == 1 || count % 250_000 == 0) {
                    assertThat(file.served() - expectedBytes).as("bytes read ahead at row %d", count)
                            .isLessThan(READ_AHEAD_ALLOWANCE);
                }
            }
        }

        assertThat(count).isEqualTo(rows);
        assertThat(file.served()).isEqualTo(expectedBytes).isGreaterThan(100_000_000L);
    }

    @Test
    void readsAQuarterMillionJsonLinesNeverFurtherAheadThanItsBuffer() throws Exception {
        long rows = 250_000;
        GeneratedFile file = new GeneratedFile("", rows,
                n -> "{\"review_id\":\"R" + n + "\",\"rating\":" + (n % 5 + 1) + ",\"product\":{\"id\":\"P" + n % 97 + "\"}}\n");
        long count = 0;

        try (RowReader reader = new JsonLinesRowReader(file, ReadOptions.defaults())) {
            for (ImportRow row = reader.next(); row != null; row = reader.next()) {
                count++;
                if (count == 1) {
                    assertThat(file.served()).isLessThan(READ_AHEAD_ALLOWANCE);
                }
            }
        }

        assertThat(count).isEqualTo(rows);
    }

    @Test
    void importsInChunksThatNeverGrowPastTheChunkSize() {
        long rows = 50_000;
        int chunkSize = 500;
        ColumnMapping mapping = new ColumnMapping("big-crm", Channel.IMPORT, "contact", new ColumnMapping.Columns("Id",
                "Email", null, "Name", null, null, null, "When", null, "Total", null, null), null, null,
                ZoneId.of("UTC"), '.', "EUR", true);
        GeneratedFile file = new GeneratedFile(HEADER, rows, StreamingImportTest::csvRecord);
        AtomicLong chunks = new AtomicLong();
        AtomicLong largest = new AtomicLong();

        ImportTotals totals = new RowImport(new ColumnRowMapper(mapping), chunkSize).run(
                new CsvRowReader(file, ReadOptions.defaults()), Instant.EPOCH, chunk -> {
                    chunks.incrementAndGet();
                    largest.accumulateAndGet(chunk.rowsRead(), Math::max);
                });

        assertThat(totals).isEqualTo(new ImportTotals(rows, rows, 0));
        assertThat(chunks.get()).isEqualTo(rows / chunkSize);
        assertThat(largest.get()).isEqualTo(chunkSize);
    }

    private static String csvRecord(long n) {
        return n + ",user" + n + "@example.com,\"Customer, number " + n + "\",2024-05-01T09:30:00Z," + (n % 1000) + ".50\n";
    }
}
