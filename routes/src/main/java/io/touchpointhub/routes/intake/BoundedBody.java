package io.touchpointhub.routes.intake;

import io.touchpointhub.connectors.InvalidTouchpointException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body but never more than a limit, so an oversized body is answered with a problem
 * detail instead of being buffered whole.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    static byte[] read(InputStream in, int limit, String limitName) throws IOException {
        byte[] body = in.readNBytes(limit + 1);
        if (body.length > limit) {
            throw new InvalidTouchpointException("body",
                    "must not be larger than " + limitName + " (" + limit + " bytes)");
        }
        return body;
    }
}
