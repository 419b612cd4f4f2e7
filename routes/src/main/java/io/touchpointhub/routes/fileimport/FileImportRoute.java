package io.touchpointhub.routes.fileimport;

import io.touchpointhub.routes.HubProperties;
import java.io.File;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Watches the inbox: every file in a mapping's sub-directory is imported once its size stopped changing,
 * then moved to {@code .done} (or {@code .failed} when its job failed) next to it. Directories whose
 * name starts with a dot are never read, so moved files are not seen again.
 */
@Component
@ConditionalOnProperty(prefix = "hub.imports", name = "watch-directory", havingValue = "true", matchIfMissing = true)
class FileImportRoute extends RouteBuilder {

    static final String ROUTE_ID = "file-import";

    private final DirectoryImport directoryImport;
    private final ImportProperties properties;
    private final HubProperties hub;

    FileImportRoute(DirectoryImport directoryImport, ImportProperties properties, HubProperties hub) {
        this.directoryImport = directoryImport;
        this.properties = properties;
        this.hub = hub;
    }

    @Override
    public void configure() {
        // the job record holds the reason and ImportRunner logged the job id: no stack trace, no message
        // (a storage error's message may quote data); failing the exchange moves the file to .failed
        onException(Exception.class).handled(false).logExhausted(false)
                .log(LoggingLevel.WARN, "io.touchpointhub.routes.fileimport",
                        "A dropped file could not be imported (${exception.class.simpleName}); it goes to .failed");

        from(inboxUri()).routeId(ROUTE_ID)
                .process(exchange -> directoryImport.importFile(exchange.getIn().getBody(File.class),
                        exchange.getIn().getHeader(Exchange.FILE_NAME, String.class)))
                .id("import-file");
    }

    private String inboxUri() {
        long check = properties.readLockCheckInterval().toMillis();
        return "file:" + properties.inbox(hub.dataDir()).toAbsolutePath().normalize()
                + "?recursive=true&maxDepth=2&sortBy=file:modified"
                + "&move=.done&moveFailed=.failed"
                + "&readLock=changed&readLockCheckInterval=" + check
                + "&readLockTimeout=" + Math.max(10_000, 5 * check)
                + "&delay=" + properties.pollInterval().toMillis();
    }
}
