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

    /**
     * PostgreSQL text and jsonb cannot hold U+0000, which scraped pages and mail bodies sometimes
     * contain; one such character must not fail a whole intake batch. Replaces the escaped NUL of
     * serialised JSON with U+FFFD, leaving an escaped backslash followed by "u0000" alone.
     */
    public static String withoutNul(String json) {
        if (!json.contains("\\u0000")) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && json.startsWith("u0000", i + 1)) {
                out.append("\\ufffd");
                i += 5;
            } else if (c == '\\' && i + 1 < json.length()) {
                out.append(c).append(json.charAt(++i)); // an escape pair: its second char is never a new escape
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The same for a plain text column. */
    public static String textWithoutNul(String text) {
        return text == null || text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', '\ufffd');
    }
}
