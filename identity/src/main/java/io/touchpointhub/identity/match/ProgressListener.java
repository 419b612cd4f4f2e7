package io.touchpointhub.identity.match;

/** Hears what a resolution is doing (phases, counts, rates); never receives record values. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = message -> { };

    void report(String message);
}
