package io.touchpointhub.routes.fileimport;

import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.identity.store.ImportJob;
import io.touchpointhub.identity.store.ImportJobs;
import io.touchpointhub.routes.HubProperties;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Uploaded files: each is spooled to {@code ${hub.data-dir}/imports/uploads/<job id>.upload} before the
 * upload is answered, then imported by a small pool of workers. The spool outlives a restart: at
 * start-up the uploads still spooled run again from their first row (their rows are not stored twice),
 * and the other jobs this instance left unfinished are marked failed.
 */
@Component
class ImportUploads {

    private static final Logger LOG = LoggerFactory.getLogger(ImportUploads.class);
    static final String ORIGIN = "upload";
    private static final String SUFFIX = ".upload";

    /** Writes an upload's bytes to the spool file. */
    @FunctionalInterface
    interface Upload {
        void saveTo(Path target) throws IOException;
    }

    private final ImportRunner runner;
    private final ImportMappings mappings;
    private final ImportJobs jobs;
    private final ImportInstance instance;
    private final Path spoolDir;
    private final ExecutorService workers;
    private volatile boolean stopping;

    ImportUploads(ImportRunner runner, ImportMappings mappings, ImportJobs jobs, ImportInstance instance,
                  ImportProperties properties, HubProperties hub) {
        this.runner = runner;
        this.mappings = mappings;
        this.jobs = jobs;
        this.instance = instance;
        this.spoolDir = hub.dataDir().resolve("imports").resolve("uploads");
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(properties.workers(), task -> {
            Thread thread = new Thread(task, "import-worker-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Spools the upload and queues its import.
     *
     * @return the job's id
     * @throws UploadTooLargeException or another failure to receive the upload (its job is marked failed)
     */
    long accept(ImportMapping mapping, String fileName, ImportFormat format, Charset encoding, Upload upload) {
        long id = runner.create(mapping.name(), mapping.source(), fileName, format, encoding, ORIGIN);
        Path spool = spoolDir.resolve(id + SUFFIX);
        try {
            Files.createDirectories(spoolDir);
            upload.saveTo(spool);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(spool);
            runner.refuse(id, e instanceof UploadTooLargeException tooLarge ? "upload: " + tooLarge.getMessage()
                    : "upload: the file could not be received (" + e.getClass().getSimpleName() + ")");
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        workers.submit(() -> runSpooled(id, mapping, format, encoding, spool));
        return id;
    }

    /** Copies at most {@code maxBytes} of {@code in} to {@code target}. */
    static void copy(InputStream in, Path target, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterrupted() {
        for (Path spool : spooled()) {
            Long id = idOf(spool);
            if (id == null || runner.isActive(id)) {
                continue;
            }
            Optional<ImportJob> job = jobs.find(id).filter(j -> j.status() != ImportJob.Status.COMPLETED);
            Optional<ImportMapping> mapping = job.flatMap(j -> mappings.find(j.mapping()));
            Optional<ImportFormat> format = job.flatMap(j -> ImportFormat.fromWireName(j.format()));
            if (mapping.isEmpty() || format.isEmpty()) {
                deleteQuietly(spool);
                continue;
            }
            runner.resume(id);
            LOG.info("Import job {} was interrupted by a restart; it runs again from its first row", id);
            Charset encoding = Charset.forName(job.get().encoding());
            workers.submit(() -> runSpooled(id, mapping.get(), format.get(), encoding, spool));
        }
        for (ImportJob job : jobs.unfinished(instance.name())) {
            // the list is a snapshot: a job resumed above (or a new upload) may finish before this check,
            // so only a job still unfinished in the database is failed (found by FileImportIT, flaky)
            if (!runner.isActive(job.id()) && jobs.failIfUnfinished(job.id(), "interrupted by a restart of the hub"
                    + (DirectoryImport.ORIGIN.equals(job.origin())
                    ? "; the file is still in the inbox and is imported again by a new job" : ""))) {
                LOG.warn("Import job {} was interrupted by a restart and is marked failed", job.id());
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // spooled uploads not finished now are resumed by the next start
        stopping = true;
        workers.shutdownNow();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    private void runSpooled(long id, ImportMapping mapping, ImportFormat format, Charset encoding, Path spool) {
        try {
            runner.run(id, mapping, format, encoding, Files.newInputStream(spool));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Import job {} failed: {}", id, e.getClass().getSimpleName());
        } finally {
            if (!stopping) {
                deleteQuietly(spool);
            }
        }
    }

    private List<Path> spooled() {
        if (!Files.isDirectory(spoolDir)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(spoolDir, "*" + SUFFIX)) {
            files.forEach(found::add);
        } catch (IOException e) {
            LOG.warn("The upload spool could not be listed: {}", e.getClass().getSimpleName());
        }
        return found;
    }

    private static Long idOf(Path spool) {
        try {
            return Long.valueOf(spool.getFileName().toString().replace(SUFFIX, ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Spooled upload {} could not be deleted: {}", file.getFileName(), e.getClass().getSimpleName());
        }
    }
}
