package io.touchpointhub.identity;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The identity module's PostgreSQL schema. The application lets Spring Boot's Flyway auto-configuration
 * run {@value #LOCATION}; tests and tools that have no Spring context call {@link #migrate(DataSource)}.
 */
public final class IdentitySchema {

    /** Where the Flyway migrations of this module live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private IdentitySchema() {
    }

    /** Applies every pending migration; a no-op on an up-to-date database. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations(LOCATION).load().migrate();
    }
}
