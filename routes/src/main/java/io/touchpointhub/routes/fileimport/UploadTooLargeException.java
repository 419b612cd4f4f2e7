package io.touchpointhub.routes.fileimport;

import org.springframework.util.unit.DataSize;

/** An upload went past {@code hub.imports.max-upload-size}; answered with 413. */
class UploadTooLargeException extends RuntimeException {

    UploadTooLargeException(long maxBytes) {
        super("must be at most " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB (hub.imports.max-upload-size)");
    }
}
