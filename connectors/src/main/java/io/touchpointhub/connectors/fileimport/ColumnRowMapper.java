package io.touchpointhub.connectors.fileimport;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps a row through a {@link ColumnMapping}: e-mail, phone and external id become identifiers, names
 * become traits, amount and currency and every column the mapping does not name become properties.
 *
 * <p>The touchpoint's external id is the id column when mapped, else a hash of the row's content
 * ({@link RowKeys}), so importing the same rows twice stores them once. A blank timestamp means the
 * import time. Thread-safe.
 */
public final class ColumnRowMapper implements RowMapper {

    private final ColumnMapping mapping;
    private final ColumnMapping.Columns columns;
    private final Timestamps timestamps;
    private final Set<String> named;
    private final String identifierColumns;

    public ColumnRowMapper(ColumnMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.columns = mapping.columns();
        this.timestamps = new Timestamps(mapping.timestampFormat(), mapping.zone());
        this.named = columns.named();
        this.identifierColumns = java.util.stream.Stream.of(columns.email(), columns.phone(), columns.externalId())
                .filter(Objects::nonNull).collect(Collectors.joining(", "));
        if (identifierColumns.isEmpty()) {
            throw new IllegalArgumentException("a mapping must name an e-mail, phone or external id column");
        }
    }

    @Override
    public void checkColumns(List<String> fileColumns) {
        if (fileColumns.isEmpty()) {
            return;
        }
        for (String column : named) {
            if (!fileColumns.contains(column)) {
                throw new MalformedFileException(1, "header", "must have the column '" + column + "' the mapping names");
            }
        }
    }

    @Override
    public Touchpoint map(ImportRow row, Instant receivedAt) {
        List<Identifier> identifiers = identifiers(row);
        String timestamp = row.value(columns.timestamp());
        Instant occurredAt = timestamp == null ? receivedAt : timestamps.parse(columns.timestamp(), timestamp);
        String type = row.value(columns.type());
        return new Touchpoint(new TouchpointKey(mapping.channel(), mapping.source(), externalId(row)),
                type == null ? mapping.defaultType() : RowChecks.type(columns.type(), type),
                null, occurredAt, receivedAt, identifiers, traits(row), properties(row), Map.of(),
                row.value(columns.text()));
    }

    private String externalId(ImportRow row) {
        if (columns.id() == null) {
            return RowKeys.contentKey(row.values());
        }
        String id = row.value(columns.id());
        if (id == null) {
            throw new InvalidTouchpointException(columns.id(), "must not be blank: it is the row's id");
        }
        return id;
    }

    private List<Identifier> identifiers(ImportRow row) {
        List<Identifier> identifiers = new ArrayList<>(3);
        String email = row.value(columns.email());
        if (email != null) {
            identifiers.add(Identifier.of(IdentifierType.EMAIL, RowChecks.email(columns.email(), email)));
        }
        String phone = row.value(columns.phone());
        if (phone != null) {
            identifiers.add(Identifier.of(IdentifierType.PHONE, RowChecks.phone(columns.phone(), phone)));
        }
        String externalId = row.value(columns.externalId());
        if (externalId != null) {
            identifiers.add(Identifier.of(IdentifierType.EXTERNAL_ID, mapping.externalIdSystem() + ":" + externalId));
        }
        if (identifiers.isEmpty()) {
            throw new InvalidTouchpointException(identifierColumns, "at least one must name the customer");
        }
        return identifiers;
    }

    private Map<String, Object> traits(ImportRow row) {
        Map<String, Object> traits = new LinkedHashMap<>(4);
        putIfPresent(traits, "name", row.value(columns.name()));
        putIfPresent(traits, "firstName", row.value(columns.firstName()));
        putIfPresent(traits, "lastName", row.value(columns.lastName()));
        return traits;
    }

    private Map<String, Object> properties(ImportRow row) {
        Map<String, Object> properties = new LinkedHashMap<>();
        if (mapping.keepExtraColumns()) {
            row.values().keySet().stream().filter(column -> !named.contains(column))
                    .forEach(column -> putIfPresent(properties, column, row.value(column)));
        }
        String amount = row.value(columns.amount());
        if (amount != null) {
            properties.put("amount", Amounts.parse(columns.amount(), amount, mapping.decimalSeparator()));
            String currency = row.value(columns.currency());
            String code = currency == null ? mapping.defaultCurrency() : Amounts.currency(columns.currency(), currency);
            if (code != null) {
                properties.put("currency", code);
            }
        }
        return properties;
    }

    private static void putIfPresent(Map<String, Object> into, String key, String value) {
        if (value != null) {
            into.put(key, value);
        }
    }
}
