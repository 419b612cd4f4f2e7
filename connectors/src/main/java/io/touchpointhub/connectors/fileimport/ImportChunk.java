package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.model.Touchpoint;
import java.util.List;

/**
 * A run of consecutive rows of one file: the touchpoints of its good rows and the errors of its bad
 * ones. Chunks bound the memory of an import and are the unit of its progress.
 *
 * @param rowsRead rows of this chunk, good and bad
 */
public record ImportChunk(List<Touchpoint> touchpoints, List<RowError> errors, long rowsRead) {

    public ImportChunk {
        touchpoints = List.copyOf(touchpoints);
        errors = List.copyOf(errors);
    }
}
