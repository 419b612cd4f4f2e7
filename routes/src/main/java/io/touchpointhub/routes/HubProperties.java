package io.touchpointhub.routes;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by the whole hub.
 *
 * @param dataDir where the embedded servers keep their data; a restart with the same directory finds it again
 */
@Validated
@ConfigurationProperties("hub")
public record HubProperties(@DefaultValue("./data") Path dataDir) {
}
