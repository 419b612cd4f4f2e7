package io.touchpointhub.routes.templates;

import io.touchpointhub.connectors.generic.JsonItemMapping;
import io.touchpointhub.model.Channel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.camel.RouteTemplateContext;

/** Reads the parameters a channel's YAML file gave a template, with the checks a typo deserves. */
final class TemplateParameters {

    /** The mapping parameters every template shares, with their defaults. */
    static final Map<String, String> MAPPING = mappingDefaults();

    private final RouteTemplateContext context;

    TemplateParameters(RouteTemplateContext context) {
        this.context = context;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new IllegalArgumentException("Channel template parameter '" + name + "' is required");
        }
        return value;
    }

    String optional(String name) {
        Object value = context.getParameters().get(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        // values may hold {{env:NAME}} or {{property}} placeholders (secrets, URLs per environment)
        return context.getCamelContext().resolvePropertyPlaceholders(value.toString().trim());
    }

    String source() {
        String source = required("source");
        if (!source.matches("[a-z0-9][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("Channel template parameter 'source' must be lower-case letters, "
                    + "digits and dashes (it names the route, the cursor and the webhook path): " + source);
        }
        return source;
    }

    Channel channel() {
        String channel = required("channel");
        try {
            return Channel.valueOf(channel.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Channel template parameter 'channel' must be one of "
                    + java.util.Arrays.toString(Channel.values()) + ": " + channel, e);
        }
    }

    /** The item mapping; its format is {@code json-<source>}. */
    JsonItemMapping mapping() {
        return new JsonItemMapping("json-" + source(), channel(), optional("type"), required("id"),
                optional("occurredAt"), optional("text"), optional("title"), optional("email"), optional("phone"),
                optional("name"), optional("handle"), optional("handlePlatform"), properties());
    }

    /** {@code properties: "rating=/stars, url=/links/self"}: property name to JSON pointer. */
    Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        String spec = optional("properties");
        if (spec == null) {
            return properties;
        }
        for (String pair : spec.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || !parts[1].trim().startsWith("/")) {
                throw new IllegalArgumentException("Channel template parameter 'properties' must be a comma "
                        + "separated list of name=/json/pointer");
            }
            properties.put(parts[0].trim(), parts[1].trim());
        }
        return properties;
    }

    private static Map<String, String> mappingDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("channel", "SOCIAL");
        defaults.put("type", "post");
        for (String optional : new String[] {"occurredAt", "text", "title", "email", "phone", "name", "handle",
                "handlePlatform", "properties"}) {
            defaults.put(optional, "");
        }
        return defaults;
    }
}
