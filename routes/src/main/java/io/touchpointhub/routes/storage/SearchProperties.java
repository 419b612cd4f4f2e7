package io.touchpointhub.routes.storage;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Elasticsearch connection. With no {@code uris} the hub starts its own embedded node.
 *
 * @param uris         an external Elasticsearch 8.x cluster; empty for the embedded node
 * @param username     basic-auth user for the external cluster (from the environment)
 * @param password     basic-auth password for the external cluster (from the environment)
 * @param apiKey       API key for the external cluster, instead of user and password
 * @param indexPrefix  prefix of the hub's aliases and indices
 * @param embeddedPort HTTP port of the embedded node on 127.0.0.1 (0 = any free port)
 */
@Validated
@ConfigurationProperties("hub.search")
public record SearchProperties(
        @DefaultValue List<URI> uris,
        String username,
        String password,
        String apiKey,
        @DefaultValue("hub") String indexPrefix,
        @DefaultValue("0") int embeddedPort) {

    public boolean embedded() {
        return uris == null || uris.isEmpty();
    }

    @Override
    public String toString() {
        return "SearchProperties[uris=" + uris + ", username=" + username + ", password=" + mask(password)
                + ", apiKey=" + mask(apiKey) + ", indexPrefix=" + indexPrefix + "]";
    }

    private static String mask(String secret) {
        return secret == null ? null : "****";
    }
}
