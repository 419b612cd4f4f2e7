package io.touchpointhub.connectors.fileimport;

/** What one import did: rows read, rows that became touchpoints, rows rejected. */
public record ImportTotals(long rowsRead, long imported, long rejected) {

    ImportTotals plus(ImportChunk chunk) {
        return new ImportTotals(rowsRead + chunk.rowsRead(), imported + chunk.touchpoints().size(),
                rejected + chunk.errors().size());
    }
}
