package io.touchpointhub.routes.storage;

import com.zaxxer.hikari.HikariDataSource;
import io.touchpointhub.embedded.EmbeddedPostgresServer;
import io.touchpointhub.routes.HubProperties;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL under {@code <hub.data-dir>/postgres} when no
 * {@code spring.datasource.url} is set; otherwise Spring Boot's own DataSource auto-configuration
 * connects to the external server and this class contributes nothing.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresCondition.class)
public class PostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(HubProperties hub) {
        return EmbeddedPostgresServer.start(hub.dataDir().resolve("postgres"), 0);
    }

    /** The same Hikari pool Spring Boot would build, pointed at the embedded server. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    DataSource dataSource(EmbeddedPostgresServer server, DataSourceProperties properties) {
        properties.setUrl(server.jdbcUrl());
        properties.setUsername(server.username());
        properties.setPassword(server.password());
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
