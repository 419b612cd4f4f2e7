package io.touchpointhub.routes.intake;

import io.touchpointhub.connectors.web.segment.Rejection;
import java.util.List;

/** Every message of a batch was rejected: nothing was stored. */
public class RejectedBatchException extends RuntimeException {

    private final transient List<Rejection> rejections;

    public RejectedBatchException(List<Rejection> rejections) {
        super("Every message of the batch was rejected");
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }
}
