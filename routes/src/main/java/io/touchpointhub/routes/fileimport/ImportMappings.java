package io.touchpointhub.routes.fileimport;

import io.touchpointhub.connectors.fileimport.ColumnMapping;
import io.touchpointhub.connectors.fileimport.ColumnRowMapper;
import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.connectors.fileimport.ReadOptions;
import io.touchpointhub.connectors.fileimport.ReviewRowMapper;
import io.touchpointhub.model.Channel;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The mappings files can be read with: the configured ones and the built-in {@value #REVIEWS} feed.
 * A configured mapping that cannot work (no identifier column, a bad timestamp pattern) fails start-up
 * with a message naming its property.
 */
@Component
class ImportMappings {

    static final String REVIEWS = "reviews";

    private final Map<String, ImportMapping> mappings = new TreeMap<>();

    ImportMappings(ImportProperties properties) {
        int maxRowChars = (int) Math.min(Integer.MAX_VALUE, properties.maxRowSize().toBytes());
        mappings.put(REVIEWS, new ImportMapping(REVIEWS, REVIEWS, new ReviewRowMapper(REVIEWS),
                new ReadOptions(StandardCharsets.UTF_8, ',', maxRowChars), null));
        properties.mappings().forEach((name, mapping) -> {
            if (mappings.containsKey(name)) {
                throw new IllegalStateException("hub.imports.mappings." + name
                        + ": the name is taken by the built-in review feed; choose another");
            }
            mappings.put(name, configured(name, mapping, maxRowChars));
        });
    }

    Optional<ImportMapping> find(String name) {
        return Optional.ofNullable(name == null ? null : mappings.get(name));
    }

    /** Every mapping name, sorted: for messages that tell a caller which names exist. */
    String names() {
        return String.join(", ", mappings.keySet());
    }

    private static ImportMapping configured(String name, ImportProperties.Mapping mapping, int maxRowChars) {
        String property = "hub.imports.mappings." + name;
        try {
            String source = mapping.source() == null || mapping.source().isBlank() ? name : mapping.source();
            ImportProperties.Columns c = mapping.columns();
            String type = mapping.type() != null ? mapping.type()
                    : mapping.channel() == Channel.CALL_CENTER ? "call" : "import";
            ColumnMapping columns = new ColumnMapping(source, mapping.channel(), type,
                    new ColumnMapping.Columns(c.id(), c.email(), c.phone(), c.name(), c.firstName(), c.lastName(),
                            c.externalId(), c.timestamp(), c.text(), c.amount(), c.currency(), c.type()),
                    mapping.externalIdSystem(), mapping.timestampFormat(), mapping.zone(), mapping.decimalSeparator(),
                    mapping.currency(), mapping.keepExtraColumns());
            ImportFormat format = mapping.format() == null ? null : ImportFormat.fromWireName(mapping.format())
                    .orElseThrow(() -> new IllegalArgumentException("format must be csv or jsonl"));
            return new ImportMapping(name, source, new ColumnRowMapper(columns),
                    new ReadOptions(mapping.encoding(), mapping.delimiter(), maxRowChars), format);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": " + e.getMessage(), e);
        }
    }
}
