package io.touchpointhub.routes.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Finds the source a request comes from by its write key, sent as the HTTP Basic user name (the
 * Segment convention) or, as some libraries do, in the body.
 */
@Component
class WriteKeys {

    private static final Logger LOG = LoggerFactory.getLogger(WriteKeys.class);

    private final Map<String, IntakeProperties.Source> sources;

    WriteKeys(IntakeProperties properties) {
        this.sources = Map.copyOf(properties.sources());
        if (sources.isEmpty()) {
            LOG.warn("No intake sources are configured, so the collection API answers 401 to every call. "
                    + "Add one with --hub.intake.sources.<source-name>.write-key=<key>");
        } else {
            LOG.info("Collection API accepts {} source(s): {}", sources.size(), sources.keySet());
        }
    }

    /** The source whose key is the Basic user name of this {@code Authorization} header. */
    Optional<String> sourceForAuthorization(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return sourceForKey(colon < 0 ? decoded : decoded.substring(0, colon));
    }

    /** Compares against every key in constant time, so response timing does not leak a key's prefix. */
    Optional<String> sourceForKey(String writeKey) {
        if (writeKey == null || writeKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = writeKey.getBytes(StandardCharsets.UTF_8);
        String match = null;
        for (Map.Entry<String, IntakeProperties.Source> source : sources.entrySet()) {
            byte[] expected = source.getValue().writeKey().getBytes(StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(given, expected)) {
                match = source.getKey();
            }
        }
        return Optional.ofNullable(match);
    }
}
