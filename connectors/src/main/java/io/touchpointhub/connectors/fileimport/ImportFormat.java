package io.touchpointhub.connectors.fileimport;

import java.util.Locale;
import java.util.Optional;

/** The file formats an import reads. */
public enum ImportFormat {
    /** RFC 4180 CSV with a header record. */
    CSV("csv"),
    /** One JSON object per line (JSON lines, NDJSON). */
    JSON_LINES("jsonl");

    private final String wireName;

    ImportFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and in import job records: {@code csv}, {@code jsonl}. */
    public String wireName() {
        return wireName;
    }

    /** By extension: {@code .csv} (also {@code .txt}, as some CRMs name their exports), {@code .jsonl}, {@code .ndjson}. */
    public static Optional<ImportFormat> fromFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return Optional.of(CSV);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }

    /** By media type, parameters ignored: {@code text/csv}, {@code application/x-ndjson}, {@code application/jsonl} ... */
    public static Optional<ImportFormat> fromMediaType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines",
                 "application/json-lines" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }

    /** By wire name ({@code csv}, {@code jsonl}). */
    public static Optional<ImportFormat> fromWireName(String wireName) {
        for (ImportFormat format : values()) {
            if (format.wireName.equalsIgnoreCase(wireName == null ? "" : wireName.trim())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
