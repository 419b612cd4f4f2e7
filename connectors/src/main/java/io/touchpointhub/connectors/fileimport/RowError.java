package io.touchpointhub.connectors.fileimport;

/**
 * Why one row was not imported.
 *
 * @param row   the row number ({@link ImportRow#number()})
 * @param field the column (or {@code row}, {@code header}, {@code file}) the rule is about
 * @param rule  what it must be; never quotes the value
 */
public record RowError(long row, String field, String rule) {
}
