package io.touchpointhub.model;

import java.time.Instant;
import java.util.List;

/**
 * The surviving value of one customer attribute in the golden record, with the source it came from
 * and the rule that chose it.
 *
 * @param value        the chosen value
 * @param source       the source of the chosen value ({@code <channel>:<source>}); for a value chosen as the
 *                     most frequent, the source that sent it most recently
 * @param rule         the rule that decided: {@code most-recent}, {@code most-frequent} or
 *                     {@code source-priority} (a source-priority attribute no listed source has a value
 *                     for is decided by its fallback rule, which is named here)
 * @param updatedAt    when the chosen value was last seen
 * @param alternatives the other candidate values with their sources, most recently seen first
 */
public record GoldenAttribute(Object value, String source, String rule, Instant updatedAt,
                              List<AttributeValue> alternatives) {

    public GoldenAttribute {
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
    }
}
