package io.touchpointhub.routes.fileimport;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.touchpointhub.connectors.fileimport.ImportFormat;
import io.touchpointhub.identity.store.ImportJob;
import io.touchpointhub.identity.store.ImportJobs;
import io.touchpointhub.routes.web.ApiProblems;
import io.touchpointhub.routes.web.InvalidFieldException;
import io.touchpointhub.routes.web.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Upload a file to import (answered 202 with the job, which runs in the background) and watch jobs.
 */
@RestController
@RequestMapping("/api/import")
@Tag(name = "Import", description = "Import CSV and JSON-lines files through a column mapping; watch import jobs")
class ImportController {

    private static final String FORMATS = "must be .csv, .txt, .jsonl or .ndjson, or sent as text/csv or application/x-ndjson";

    private final ImportMappings mappings;
    private final ImportUploads uploads;
    private final ImportJobs jobs;
    private final ImportProperties properties;

    ImportController(ImportMappings mappings, ImportUploads uploads, ImportJobs jobs, ImportProperties properties) {
        this.mappings = mappings;
        this.uploads = uploads;
        this.jobs = jobs;
        this.properties = properties;
    }

    @Operation(summary = "Import a file sent as the multipart part 'file' with a configured mapping; 202 with the job")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportJobView> uploadPart(@RequestParam String mapping, @RequestPart("file") MultipartFile file) {
        ImportMapping found = mapping(mapping);
        String name = fileName(file.getOriginalFilename());
        ImportFormat format = found.formatOf(name, file.getContentType())
                .orElseThrow(() -> new InvalidFieldException("file", FORMATS));
        Charset encoding = encoding(file.getContentType(), found);
        return accepted(uploads.accept(found, name, format, encoding, file::transferTo));
    }

    @Operation(summary = "Import the request body (text/csv or application/x-ndjson, charset honoured) with a configured mapping; 202 with the job")
    @PostMapping(consumes = {"text/csv", "application/csv", "application/x-ndjson", "application/ndjson",
            "application/jsonl", "application/x-jsonlines"})
    ResponseEntity<ImportJobView> uploadBody(@RequestParam String mapping,
                                             @RequestParam(defaultValue = "upload") String name,
                                             HttpServletRequest request) {
        ImportMapping found = mapping(mapping);
        ImportFormat format = found.formatOf(name, request.getContentType())
                .orElseThrow(() -> new InvalidFieldException("Content-Type", FORMATS));
        Charset encoding = encoding(request.getContentType(), found);
        long maxBytes = properties.maxUploadSize().toBytes();
        return accepted(uploads.accept(found, fileName(name), format, encoding,
                target -> ImportUploads.copy(request.getInputStream(), target, maxBytes)));
    }

    @Operation(summary = "An import job: status, counts (advancing while it runs) and a page of its row errors")
    @GetMapping("/{id}")
    ImportJobView job(@PathVariable long id, @RequestParam(defaultValue = "0") int errorsPage,
                      @RequestParam(defaultValue = "100") int errorsSize) {
        if (errorsSize < 1 || errorsSize > 1000) {
            throw new InvalidFieldException("errorsSize", "must be between 1 and 1000");
        }
        if (errorsPage < 0 || (long) errorsPage * errorsSize > Integer.MAX_VALUE) {
            throw new InvalidFieldException("errorsPage", "must be 0 or more");
        }
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("No import job " + id));
        return ImportJobView.of(job, jobs.errors(id, errorsPage * errorsSize, errorsSize));
    }

    @Operation(summary = "Recent import jobs, newest first")
    @GetMapping
    Map<String, List<ImportJobView>> recent(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 500) {
            throw new InvalidFieldException("limit", "must be between 1 and 500");
        }
        return Map.of("jobs", jobs.recent(limit).stream().map(job -> ImportJobView.of(job, null)).toList());
    }

    @ExceptionHandler(UploadTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(UploadTooLargeException e) {
        ProblemDetail problem = ApiProblems.invalidField("file", e.getMessage());
        problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        problem.setTitle("Upload too large");
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
    }

    private ImportMapping mapping(String name) {
        return mappings.find(name).orElseThrow(() ->
                new InvalidFieldException("mapping", "must name a configured mapping (" + mappings.names() + ")"));
    }

    private ResponseEntity<ImportJobView> accepted(long id) {
        ImportJob job = jobs.find(id).orElseThrow();
        return ResponseEntity.accepted()
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(id).toUri())
                .body(ImportJobView.of(job, null));
    }

    /** The charset parameter of the Content-Type when given, else the mapping's encoding. */
    private static Charset encoding(String contentType, ImportMapping mapping) {
        try {
            Charset declared = contentType == null ? null : MediaType.parseMediaType(contentType).getCharset();
            return declared != null ? declared : mapping.readOptions().encoding();
        } catch (IllegalArgumentException e) { // InvalidMediaTypeException and UnsupportedCharsetException are both
            throw new InvalidFieldException("Content-Type", "charset must be an encoding Java knows, such as UTF-8 or GBK");
        }
    }

    /** The file's own name, without any directories a client put in it. */
    private static String fileName(String given) {
        if (given == null || given.isBlank()) {
            return "upload";
        }
        Path name = Path.of(given.replace('\\', '/')).getFileName();
        return name == null ? "upload" : name.toString();
    }
}
