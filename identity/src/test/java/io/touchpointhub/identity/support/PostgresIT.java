package io.touchpointhub.identity.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.touchpointhub.embedded.EmbeddedPostgresServer;
import io.touchpointhub.identity.IdentitySchema;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.model.ProfileId;
import java.nio.file.Path;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Base of the integration tests: a real PostgreSQL server per test class, migrated by Flyway, behind
 * a small connection pool; every test starts from empty tables.
 */
public abstract class PostgresIT {

    @TempDir
    static Path dataDir;

    protected static EmbeddedPostgresServer server;
    protected static HikariDataSource dataSource;
    protected static JdbcTemplate jdbc;

    @BeforeAll
    static void startPostgres() {
        server = EmbeddedPostgresServer.start(dataDir.resolve("pg"), 0);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.username());
        config.setMaximumPoolSize(12);
        dataSource = new HikariDataSource(config);
        IdentitySchema.migrate(dataSource);
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterAll
    static void stopPostgres() {
        if (dataSource != null) {
            dataSource.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    protected void emptyTables() {
        jdbc.execute("""
                truncate touchpoint, identify_task, profile, profile_identifier, touchpoint_profile, profile_merge,
                         index_task, dead_letter, source_cursor, touchpoint_count, cannot_link,
                         account, account_key, account_profile,
                         analyse_task, touchpoint_analysis, tracked_topic,
                         match_block_key, match_review, match_model restart identity cascade""");
    }

    protected static DataSource dataSource() {
        return dataSource;
    }

    /** The profile a touchpoint is assigned to now (merges move the assignment to the survivor). */
    protected static ProfileId profileOf(long touchpointId) {
        return new ProfileId(jdbc.queryForObject("select profile_id from touchpoint_profile where touchpoint_id = ?",
                UUID.class, touchpointId));
    }

    /** The live profile of a touchpoint: its assigned profile, or the one that was merged into. */
    protected static ProfileId liveProfileOf(long touchpointId) {
        return new ProfileId(jdbc.queryForObject("""
                select coalesce(p.merged_into, p.id) from touchpoint_profile tp join profile p on p.id = tp.profile_id
                where tp.touchpoint_id = ?""", UUID.class, touchpointId));
    }

    /** Runs the identity stage until nothing is left to resolve. */
    protected static void drain(IdentityStage stage) {
        while (stage.runOnce(100) > 0) {
            // until idle
        }
    }

    protected static long count(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }
}
