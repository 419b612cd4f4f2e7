package io.touchpointhub.model;

/** The three sentiment classes of the hub. */
public enum SentimentLabel {
    NEGATIVE, NEUTRAL, POSITIVE
}
