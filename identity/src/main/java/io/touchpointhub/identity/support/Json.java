package io.touchpointhub.identity.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON settings the stored payloads rely on: ISO-8601 instants, tolerant of added fields. */
public final class Json {

    private Json() {
    }

    public static ObjectMapper defaultMapper() {
        return configure(new ObjectMapper());
    }

    /**
     * A copy of the caller's mapper with the settings stored JSON needs, so that an application
     * mapper with other habits (timestamps as numbers, strict unknown fields) cannot corrupt the log.
     */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.copy()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }
}
