package io.touchpointhub.connectors.text;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Text hygiene shared by headers and bodies of every channel. */
public final class Texts {

    /** C0 controls other than tab and line breaks: PostgreSQL cannot store NUL, and none carry meaning. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*(\\n[ \\t]*){2,}");

    private Texts() {
    }

    /** Unix line breaks, no control characters. */
    public static String clean(String text) {
        return CONTROLS.matcher(LINE_BREAK.matcher(text).replaceAll("\n")).replaceAll("");
    }

    /** Trailing spaces trimmed per line and at most one empty line in a row. */
    public static String tidy(String text) {
        String trimmed = text.lines().map(String::stripTrailing).collect(Collectors.joining("\n"));
        return BLANK_LINES.matcher(trimmed).replaceAll("\n\n").strip();
    }
}
