package io.touchpointhub.model;

import java.time.Instant;

/**
 * One value a customer attribute has had, with its provenance: a candidate for the golden record.
 *
 * @param value     the trait value as sent (a string, number, boolean or a small object such as an address)
 * @param source    where it came from, {@code <channel>:<source>} in lower case ({@code import:legacy-crm})
 * @param count     how many touchpoints of that source carried it
 * @param firstSeen when a touchpoint first carried it (the touchpoint's occurrence time)
 * @param lastSeen  when a touchpoint last carried it
 */
public record AttributeValue(Object value, String source, long count, Instant firstSeen, Instant lastSeen) {
}
