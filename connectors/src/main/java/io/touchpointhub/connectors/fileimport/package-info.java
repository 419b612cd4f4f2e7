/**
 * File import: streams CSV and JSON-lines exports of legacy CRMs, call centres and marketplaces row by
 * row and maps each row to a {@link io.touchpointhub.model.Touchpoint} through a column mapping (or the
 * built-in review feed preset), reporting every bad row with its number and the rule it broke.
 *
 * <p>Nothing here holds a file in memory: {@link io.touchpointhub.connectors.fileimport.RowReader}s read
 * one record at a time with a bounded record size, and {@link io.touchpointhub.connectors.fileimport.RowImport}
 * hands the touchpoints on in fixed-size chunks. The package is named {@code fileimport} because
 * {@code import} is a Java keyword.
 */
package io.touchpointhub.connectors.fileimport;
