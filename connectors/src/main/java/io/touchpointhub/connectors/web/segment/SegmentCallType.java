package io.touchpointhub.connectors.web.segment;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The six Segment calls; {@link #wireName()} is both the {@code type} field and the endpoint path. */
enum SegmentCallType {
    IDENTIFY("identify"),
    TRACK("track"),
    PAGE("page"),
    SCREEN("screen"),
    GROUP("group"),
    ALIAS("alias");

    /** For rule sentences: "must be one of identify, track, ...". */
    static final String WIRE_NAMES = Arrays.stream(values())
            .map(SegmentCallType::wireName)
            .collect(Collectors.joining(", "));

    private final String wireName;

    SegmentCallType(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** Exact match only: Segment's types are lower-case and its libraries never send anything else. */
    static Optional<SegmentCallType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
