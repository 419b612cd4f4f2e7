package io.touchpointhub.routes;

import io.touchpointhub.routes.resolve.ResolveCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The Touchpoint Hub application: intake API, pipeline routes and the read API in one process. With
 * {@code resolve} as first argument the jar is instead the batch resolution command, which starts
 * nothing of the application (no web server, PostgreSQL or Elasticsearch).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HubApplication {

    public static void main(String[] args) {
        if (args.length > 0 && ResolveCommand.NAME.equals(args[0])) {
            System.exit(ResolveCommand.run(Arrays.copyOfRange(args, 1, args.length), System.err));
        }
        SpringApplication.run(HubApplication.class, args);
    }
}
