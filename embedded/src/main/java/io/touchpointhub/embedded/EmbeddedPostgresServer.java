package io.touchpointhub.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with its data in a directory of ours, so that a
 * restart finds the data again. As root, zonky runs the server through {@code unshare -U}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String DATABASE = "postgres";
    private static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final FileChannel ownerLock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel ownerLock) {
        this.postgres = postgres;
        this.ownerLock = ownerLock;
    }

    /**
     * Starts PostgreSQL with its data under {@code dataDir}, initialising the directory on first use.
     *
     * @param port the port on 127.0.0.1, or 0 for any free port
     * @throws IllegalStateException when another running process already serves this data directory
     */
    public static EmbeddedPostgresServer start(Path dataDir, int port) {
        FileChannel ownerLock = null;
        try {
            Files.createDirectories(dataDir);
            ownerLock = own(dataDir);
            stopOrphanedServer(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // the owner closes the server (the hub after its routes and pool); zonky's own JVM
                    // hook would stop it concurrently with the hub's shutdown, under in-flight commits.
                    // A server left behind by a killed JVM is stopped by the next start.
                    .setRegisterShutdownHook(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    // identity resolution locks every identifier of a batch (advisory locks): thousands
                    // per transaction, beyond the default lock table of 64 per connection
                    .setServerConfig("max_locks_per_transaction", "512")
                    // a crash of the hub must not lose acknowledged touchpoints: commits wait for the WAL
                    // to reach the disk. zonky starts the server with -F (fsync off, for throwaway test
                    // databases); a later -c fsync=on overrides it, else "on" above only survives a crash
                    // of the processes, not of the machine
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{}", postgres.getPort());
            return new EmbeddedPostgresServer(postgres, ownerLock);
        } catch (IOException e) {
            release(ownerLock);
            throw new UncheckedIOException("Starting embedded PostgreSQL in " + dataDir + " failed", e);
        } catch (RuntimeException e) {
            release(ownerLock);
            throw e;
        }
    }

    /*
     * The owner of a data directory holds an OS file lock next to it for its whole life. The OS drops the
     * lock when the owner dies, however it dies, so a server still running without a lock holder is an
     * orphan that may be stopped; a second hub on the same directory is refused instead of stopping the
     * live hub's server (found by starting two hubs on one hub.data-dir).
     */
    private static FileChannel own(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolveSibling(dataDir.getFileName() + ".owner.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The PostgreSQL data in " + dataDir + " is in use by another running hub;"
                    + " stop it or start this one with another hub.data-dir");
        }
        return channel;
    }

    private static void release(FileChannel ownerLock) {
        if (ownerLock != null) {
            try {
                ownerLock.close();
            } catch (IOException e) {
                LOG.debug("Releasing the data directory lock failed", e);
            }
        }
    }

    /**
     * After the hub was killed (SIGKILL, power loss of the JVM only) its PostgreSQL child keeps running
     * and holds the data directory; stop it so that this start can take over. Only called while holding
     * the directory's owner lock, so the server found is nobody's; only a process whose command line
     * names this very data directory is touched.
     */
    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        String absoluteDir = dataDir.toAbsolutePath().normalize().toString();
        boolean ours = process.flatMap(p -> p.info().commandLine())
                .map(cmd -> cmd.contains("postgres") && cmd.contains(absoluteDir))
                .orElse(false);
        if (!ours) {
            return;
        }
        LOG.warn("Stopping PostgreSQL pid {} left running by a previous hub process", pid);
        ProcessHandle handle = process.get();
        handle.destroy();
        try {
            handle.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public String username() {
        return USER;
    }

    /** The server trusts local connections; there is no password. */
    public String password() {
        return "";
    }

    /** A simple non-pooling data source, for tests and tools; the application uses its own pool. */
    public DataSource dataSource() {
        return postgres.getDatabase(USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Stopping embedded PostgreSQL failed", e);
        } finally {
            release(ownerLock);
        }
    }
}
