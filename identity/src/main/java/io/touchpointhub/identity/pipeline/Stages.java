package io.touchpointhub.identity.pipeline;

/** The names of the pipeline stages whose work is queued in PostgreSQL, as stored and reported. */
public final class Stages {

    public static final String IDENTIFY = "identify";
    public static final String INDEX = "index";
    /** The NLP stage: text analysis and topic tagging of touchpoints with text. */
    public static final String ANALYSE = "analyse";
    /** Channel payloads that never became touchpoints (dead letters only: intake has no queue). */
    public static final String INTAKE = "intake";

    /** Kinds of work item, as stored in {@code index_task.kind} and {@code dead_letter.kind}. */
    public static final String KIND_TOUCHPOINT = "touchpoint";
    /** Queue rows only: the touchpoints one identity batch resolved, as an array (never a dead letter's kind). */
    public static final String KIND_TOUCHPOINTS = "touchpoints";
    public static final String KIND_PROFILE = "profile";
    public static final String KIND_REMOVE_PROFILE = "remove_profile";
    public static final String KIND_PAYLOAD = "payload";

    private Stages() {
    }
}
