/**
 * The golden record: which of the values a customer attribute has had survives, by a rule chosen per
 * attribute (most recent, most frequent, source priority), and the bounded candidate values with their
 * provenance that the rules choose from.
 */
package io.touchpointhub.identity.survivorship;
