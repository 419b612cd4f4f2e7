package io.touchpointhub.search.index;

import co.elastic.clients.elasticsearch._types.mapping.TypeMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The two read-model indices and where their mappings live. */
enum IndexKind {
    PROFILES("profiles", "profiles-mapping.json"),
    TOUCHPOINTS("touchpoints", "touchpoints-mapping.json");

    private final String suffix;
    private final String mappingJson;

    IndexKind(String suffix, String mappingResource) {
        this.suffix = suffix;
        this.mappingJson = load(mappingResource);
    }

    String suffix() {
        return suffix;
    }

    String mappingJson() {
        return mappingJson;
    }

    /** A fresh mapping object per request: client request objects are built once and not shared. */
    TypeMapping mapping() {
        return TypeMapping.of(m -> m.withJson(new StringReader(mappingJson)));
    }

    private static String load(String resource) {
        try (InputStream in = IndexKind.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("mapping resource missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading mapping " + resource, e);
        }
    }
}
