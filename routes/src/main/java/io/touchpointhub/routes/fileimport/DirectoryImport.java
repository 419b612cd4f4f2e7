package io.touchpointhub.routes.fileimport;

import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.identity.store.ImportJob;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Imports a file found in the inbox with the mapping named by its sub-directory
 * ({@code inbox/legacy-crm/export.csv} is read with the mapping {@code legacy-crm}); a file directly in
 * the inbox uses {@code hub.imports.default-mapping}. Runs in the file route's thread, one file at a time.
 */
@Component
class DirectoryImport {

    static final String ORIGIN = "directory";

    private final ImportMappings mappings;
    private final ImportRunner runner;
    private final ImportProperties properties;

    DirectoryImport(ImportMappings mappings, ImportRunner runner, ImportProperties properties) {
        this.mappings = mappings;
        this.runner = runner;
        this.properties = properties;
    }

    /**
     * @param relativePath the file's path below the inbox, e.g. {@code legacy-crm/export.csv}
     * @throws ImportFailedException when the job failed, so that the file is moved to {@code .failed}
     */
    void importFile(File file, String relativePath) {
        Path path = Path.of(relativePath);
        String fileName = path.getFileName().toString();
        String mappingName = path.getNameCount() > 1 ? path.getName(0).toString() : properties.defaultMapping();
        Optional<ImportMapping> found = mappings.find(mappingName);
        if (found.isEmpty()) {
            String name = mappingName == null ? "(none)" : mappingName;
            long id = runner.create(name, name, fileName, ImportFormat.fromFileName(fileName).orElse(null),
                    StandardCharsets.UTF_8, ORIGIN);
            runner.refuse(id, "mapping: " + (mappingName == null
                    ? "a file directly in the inbox needs hub.imports.default-mapping; or put it in <inbox>/<mapping>/"
                    : "must name a configured mapping (" + mappings.names() + ")"));
            throw new ImportFailedException(id);
        }
        ImportMapping mapping = found.get();
        Optional<ImportFormat> format = mapping.formatOf(fileName, null);
        long id = runner.create(mapping.name(), mapping.source(), fileName, format.orElse(null),
                mapping.readOptions().encoding(), ORIGIN);
        if (format.isEmpty()) {
            runner.refuse(id, "format: the file name must end in .csv, .txt, .jsonl or .ndjson");
            throw new ImportFailedException(id);
        }
        ImportJob job;
        try {
            job = runner.run(id, mapping, format.get(), mapping.readOptions().encoding(), Files.newInputStream(file.toPath()));
        } catch (IOException e) {
            runner.refuse(id, "file: could not be opened (" + e.getClass().getSimpleName() + ")");
            throw new UncheckedIOException(e);
        }
        if (job.status() == ImportJob.Status.FAILED) {
            throw new ImportFailedException(id);
        }
    }
}
