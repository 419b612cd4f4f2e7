package io.touchpointhub.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsDataAcrossRestartsInTheSameDirectory() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
             Connection c = server.dataSource().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
             Connection c = server.dataSource().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select v from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("still here");
            assertThat(server.jdbcUrl()).contains(":" + server.port() + "/");
        }
    }

    @Test
    void refusesASecondServerOnADirectoryInUseAndLeavesTheFirstRunning() throws Exception {
        Path pg = dataDir.resolve("pg");
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(pg, 0)) {

            assertThatThrownBy(() -> EmbeddedPostgresServer.start(pg, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running hub");

            try (Connection c = first.dataSource().getConnection();
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select 1")) {
                assertThat(rs.next()).isTrue();
            }
        }
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(pg, 0)) {
            assertThat(again.port()).isPositive();
        }
    }

    @Test
    void flushesEveryCommitToDiskBeforeItReturns() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDir, 0);
             Connection c = server.dataSource().getConnection();
             Statement s = c.createStatement()) {
            assertThat(setting(s, "fsync")).isEqualTo("on");
            assertThat(setting(s, "synchronous_commit")).isEqualTo("on");
        }
    }

    private static String setting(Statement s, String name) throws Exception {
        try (ResultSet rs = s.executeQuery("show " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
