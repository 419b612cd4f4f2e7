package io.touchpointhub.routes.social;

import java.util.regex.Pattern;

/** Source names become route ids, timer names and cursor keys, so they are kept to a safe alphabet. */
final class SourceNames {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private SourceNames() {
    }

    static void requireValid(String prefix, String name) {
        if (!VALID.matcher(name).matches()) {
            throw new IllegalStateException(prefix + name + ": a source name must be 1 to 64 letters, digits, '-' or '_'");
        }
    }
}
