package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.model.Channel;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which column of an import file means what, and how to read its values. Every column is optional;
 * a row must still name the customer by e-mail, phone or external id.
 *
 * @param source           the touchpoints' {@link io.touchpointhub.model.TouchpointKey#source()}: the
 *                         system the file comes from ({@code legacy-crm}, {@code call-centre})
 * @param channel          {@link Channel#IMPORT} or {@link Channel#CALL_CENTER}
 * @param defaultType      the touchpoint type when no type column is mapped or its value is blank
 * @param columns          the column names
 * @param externalIdSystem the system the external id column belongs to: the identifier is
 *                         {@code <system>:<id>}; defaults to {@code source}
 * @param timestampFormat  {@code null} for ISO-8601 (date-time with or without offset, or a date),
 *                         {@code epoch-seconds}, {@code epoch-millis}, or a {@link java.time.format.DateTimeFormatter}
 *                         pattern such as {@code dd/MM/yyyy HH:mm}
 * @param zone             the zone of timestamps without an offset
 * @param decimalSeparator {@code .} or {@code ,}; the other one is taken as a grouping separator
 * @param defaultCurrency  ISO 4217 code of amounts when no currency column is mapped or it is blank, or {@code null}
 * @param keepExtraColumns whether columns the mapping does not name become touchpoint properties
 */
public record ColumnMapping(
        String source,
        Channel channel,
        String defaultType,
        Columns columns,
        String externalIdSystem,
        String timestampFormat,
        ZoneId zone,
        char decimalSeparator,
        String defaultCurrency,
        boolean keepExtraColumns) {

    public ColumnMapping {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("source must not be blank");
        }
        if (channel != Channel.IMPORT && channel != Channel.CALL_CENTER) {
            throw new IllegalArgumentException("channel must be IMPORT or CALL_CENTER");
        }
        if (defaultType == null || defaultType.isBlank()) {
            throw new IllegalArgumentException("defaultType must not be blank");
        }
        Objects.requireNonNull(columns, "columns");
        externalIdSystem = externalIdSystem == null || externalIdSystem.isBlank() ? source : externalIdSystem.strip();
        Objects.requireNonNull(zone, "zone");
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("decimalSeparator must be '.' or ','");
        }
        if (defaultCurrency != null && !Amounts.isCurrencyCode(defaultCurrency)) {
            throw new IllegalArgumentException("defaultCurrency must be an ISO 4217 code such as EUR");
        }
        new Timestamps(timestampFormat, zone); // fails here, at configuration time, on a bad pattern
    }

    /** A mapping of the given columns with every other setting at its default. */
    public static ColumnMapping of(String source, Columns columns) {
        return new ColumnMapping(source, Channel.IMPORT, "import", columns, null, null, ZoneId.of("UTC"), '.', null, true);
    }

    /**
     * The column names of a file; {@code null} for a column the file does not have.
     *
     * @param id         a unique record id: the touchpoint's external id, so that re-importing skips the row.
     *                   Without it the key is a hash of the row's content
     * @param externalId the customer's id in {@link ColumnMapping#externalIdSystem()}
     */
    public record Columns(String id, String email, String phone, String name, String firstName, String lastName,
                          String externalId, String timestamp, String text, String amount, String currency,
                          String type) {

        public static Columns none() {
            return new Columns(null, null, null, null, null, null, null, null, null, null, null, null);
        }

        /** The columns this mapping names, in declaration order. */
        public Set<String> named() {
            Set<String> named = new LinkedHashSet<>();
            Stream.of(id, email, phone, name, firstName, lastName, externalId, timestamp, text, amount, currency, type)
                    .filter(Objects::nonNull)
                    .forEach(named::add);
            return named;
        }
    }
}
