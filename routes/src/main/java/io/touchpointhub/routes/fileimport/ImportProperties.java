package io.touchpointhub.routes.fileimport;

import io.touchpointhub.model.Channel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * File import settings, {@code hub.imports.*}. Mappings are named:
 * {@code hub.imports.mappings.<name>.columns.email=Email}; a file dropped in {@code <directory>/<name>/}
 * or uploaded with {@code ?mapping=<name>} is read with it. The mapping {@code reviews} is built in.
 *
 * @param watchDirectory        whether the inbox directory is watched
 * @param directory             the inbox; {@code null} means {@code ${hub.data-dir}/imports/inbox}
 * @param pollInterval          how often the inbox is listed
 * @param readLockCheckInterval a file is taken once its size and time stopped changing for this long
 * @param defaultMapping        the mapping of files put directly in the inbox, not in a mapping's sub-directory
 * @param chunkSize             rows stored (and progress recorded) at a time
 * @param maxErrorsPerJob       row errors kept per job; the job's counters count them all
 * @param maxRowSize            the longest record (in characters) accepted; bounds the memory of one row
 * @param maxUploadSize         the largest file {@code POST /api/import} accepts
 * @param workers               uploads imported at the same time; the rest wait their turn
 */
@Validated
@ConfigurationProperties("hub.imports")
public record ImportProperties(
        @DefaultValue("true") boolean watchDirectory,
        Path directory,
        @DefaultValue("1s") @NotNull Duration pollInterval,
        @DefaultValue("1s") @NotNull Duration readLockCheckInterval,
        String defaultMapping,
        @DefaultValue("500") @Min(1) @Max(10_000) int chunkSize,
        @DefaultValue("1000") @Min(0) @Max(1_000_000) int maxErrorsPerJob,
        @DefaultValue("1MB") @NotNull DataSize maxRowSize,
        @DefaultValue("2GB") @NotNull DataSize maxUploadSize,
        @DefaultValue("1") @Min(1) @Max(16) int workers,
        @DefaultValue Map<String, @Valid Mapping> mappings) {

    /** The inbox directory. */
    public Path inbox(Path dataDir) {
        return directory != null ? directory : dataDir.resolve("imports").resolve("inbox");
    }

    /**
     * One file layout (see {@link io.touchpointhub.connectors.fileimport.ColumnMapping} for the meaning of
     * each setting).
     *
     * @param source           the touchpoints' source; defaults to the mapping's name
     * @param type             the touchpoint type of rows without a type column: {@code import}, or
     *                         {@code call} for the call centre channel
     * @param format           {@code csv} or {@code jsonl}; {@code null} means by file extension or Content-Type
     * @param encoding         the files' encoding (an upload's {@code charset} parameter overrides it)
     * @param delimiter        the CSV field delimiter
     * @param currency         the ISO 4217 currency of amounts when the file has no currency column
     */
    public record Mapping(
            String source,
            @DefaultValue("IMPORT") @NotNull Channel channel,
            String type,
            @DefaultValue Columns columns,
            String externalIdSystem,
            String timestampFormat,
            @DefaultValue("UTC") @NotNull ZoneId zone,
            @DefaultValue(".") char decimalSeparator,
            String currency,
            @DefaultValue("true") boolean keepExtraColumns,
            String format,
            @DefaultValue("UTF-8") @NotNull Charset encoding,
            @DefaultValue(",") char delimiter) {
    }

    /** The file's column names; leave out the ones the file does not have. */
    public record Columns(String id, String email, String phone, String name, String firstName, String lastName,
                          String externalId, String timestamp, String text, String amount, String currency,
                          String type) {
    }
}
