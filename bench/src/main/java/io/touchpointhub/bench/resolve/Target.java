package io.touchpointhub.bench.resolve;

import java.util.Locale;

/**
 * A target of issue 4 for one row of the table, or none ("report").
 *
 * @param bound F1 or precision at least this, or seconds under this
 */
record Target(Kind kind, double bound) {

    enum Kind { NONE, F1_AT_LEAST, PRECISION_AT_LEAST, SECONDS_UNDER }

    static final Target NONE = new Target(Kind.NONE, 0);

    static Target f1(double bound) {
        return new Target(Kind.F1_AT_LEAST, bound);
    }

    static Target precision(double bound) {
        return new Target(Kind.PRECISION_AT_LEAST, bound);
    }

    static Target secondsUnder(double bound) {
        return new Target(Kind.SECONDS_UNDER, bound);
    }

    String text() {
        return switch (kind) {
            case NONE -> "report";
            case F1_AT_LEAST -> String.format(Locale.ROOT, "F1 ≥ %.2f", bound);
            case PRECISION_AT_LEAST -> String.format(Locale.ROOT, "P ≥ %.2f", bound);
            case SECONDS_UNDER -> String.format(Locale.ROOT, "< %.0f s", bound);
        };
    }

    /** "yes", "no", or "" when there is no target; "no" when the run failed. */
    String met(Outcome outcome) {
        if (kind == Kind.NONE) {
            return "";
        }
        if (!outcome.succeeded()) {
            return "no";
        }
        boolean met = switch (kind) {
            case F1_AT_LEAST -> outcome.score().f1() >= bound;
            case PRECISION_AT_LEAST -> outcome.score().precision() >= bound;
            case SECONDS_UNDER -> outcome.seconds() < bound;
            case NONE -> true;
        };
        return met ? "yes" : "no";
    }
}
