package io.touchpointhub.connectors.generic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Maps one JSON item to a touchpoint by the pointers of its {@link JsonItemMapping}. */
public final class JsonItemMapper implements PayloadMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonItemMapping mapping;
    private final Clock clock;

    public JsonItemMapper(JsonItemMapping mapping) {
        this(mapping, Clock.systemUTC());
    }

    JsonItemMapper(JsonItemMapping mapping, Clock clock) {
        this.mapping = mapping;
        this.clock = clock;
    }

    public JsonItemMapping mapping() {
        return mapping;
    }

    @Override
    public String format() {
        return mapping.format();
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        JsonNode item = parse(payload);
        String id = text(item, mapping.id());
        if (id == null) {
            throw new InvalidTouchpointException(mapping.id(), "the item's id is required");
        }
        Instant now = clock.instant();
        String title = text(item, mapping.title());
        String body = text(item, mapping.text());
        Map<String, Object> traits = new LinkedHashMap<>();
        putIfPresent(traits, "name", text(item, mapping.name()));
        Map<String, Object> properties = new LinkedHashMap<>();
        putIfPresent(properties, "title", title);
        mapping.properties().forEach((name, pointer) -> {
            JsonNode value = item.at(pointer);
            if (!value.isMissingNode() && !value.isNull()) {
                properties.put(name, JSON.convertValue(value, Object.class));
            }
        });
        String text = title == null ? body : body == null ? title : title + "\n\n" + body;
        return List.of(new Touchpoint(new TouchpointKey(mapping.channel(), source, id), mapping.type(), null,
                occurredAt(item, now), now, identifiers(item), traits, properties, Map.of(), text));
    }

    private List<Identifier> identifiers(JsonNode item) {
        List<Identifier> identifiers = new ArrayList<>();
        String email = text(item, mapping.email());
        if (email != null) {
            identifiers.add(Identifier.of(IdentifierType.EMAIL, email));
        }
        String phone = text(item, mapping.phone());
        if (phone != null) {
            identifiers.add(Identifier.of(IdentifierType.PHONE, phone));
        }
        String handle = text(item, mapping.handle());
        if (handle != null) {
            String platform = JsonItemMapping.blankToNull(mapping.handlePlatform());
            identifiers.add(Identifier.of(IdentifierType.HANDLE, platform == null ? handle : platform + ":" + handle));
        }
        return identifiers;
    }

    private Instant occurredAt(JsonNode item, Instant now) {
        String pointer = JsonItemMapping.blankToNull(mapping.occurredAt());
        if (pointer == null) {
            return now;
        }
        JsonNode value = item.at(pointer);
        if (value.isMissingNode() || value.isNull()) {
            return now;
        }
        if (value.isNumber()) {
            return Instant.ofEpochSecond(value.asLong());
        }
        try {
            return Instant.parse(value.asText());
        } catch (DateTimeParseException e) {
            try {
                return java.time.OffsetDateTime.parse(value.asText()).toInstant();
            } catch (DateTimeParseException again) {
                throw new InvalidTouchpointException(pointer, "must be an ISO-8601 date-time or epoch seconds");
            }
        }
    }

    private static JsonNode parse(String payload) {
        try {
            JsonNode item = JSON.readTree(payload);
            if (item == null || !item.isObject()) {
                throw new InvalidTouchpointException("item", "must be a JSON object");
            }
            return item;
        } catch (JsonProcessingException e) {
            throw new InvalidTouchpointException("item", "must be well-formed JSON");
        }
    }

    /** The pointer's value as text; numbers (ids) become their decimal text; blank becomes null. */
    static String text(JsonNode item, String pointer) {
        if (JsonItemMapping.blankToNull(pointer) == null) {
            return null;
        }
        JsonNode value = item.at(pointer);
        if (value.isMissingNode() || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return JsonItemMapping.blankToNull(value.asText());
    }

    private static void putIfPresent(Map<String, Object> map, String key, String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
