package io.touchpointhub.routes.fileimport;

import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.connectors.fileimport.ReadOptions;
import io.touchpointhub.connectors.fileimport.RowMapper;
import java.util.Optional;

/**
 * A mapping ready to read files: its row mapper and how to read the file's text.
 *
 * @param format the format every file of this mapping has, or {@code null} to go by extension or Content-Type
 */
record ImportMapping(String name, String source, RowMapper rowMapper, ReadOptions readOptions, ImportFormat format) {

    /** The file's format: the mapping's own, else the one its name or media type tells. */
    Optional<ImportFormat> formatOf(String fileName, String mediaType) {
        if (format != null) {
            return Optional.of(format);
        }
        return ImportFormat.fromMediaType(mediaType).or(() -> ImportFormat.fromFileName(fileName));
    }
}
