package io.touchpointhub.connectors.fileimport;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits text into lines ({@code \n} or {@code \r\n}) without ever holding more than one line of at
 * most {@code maxChars} characters: the rest of a longer line is skipped, and the line reported as too
 * long. {@link java.io.BufferedReader#readLine()} would buffer a line of any length.
 */
final class LineReader {

    /** A line of text, or the marker of a line that was too long (its text is dropped). */
    record Line(String text, boolean tooLong) {
    }

    private static final Line TOO_LONG = new Line(null, true);

    private final Reader in;
    private final int maxChars;
    private final char[] buffer = new char[8192];
    private final StringBuilder line = new StringBuilder();
    private int position;
    private int limit;

    LineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator, or {@code null} at the end of the text. */
    Line next() throws IOException {
        line.setLength(0);
        boolean overflow = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                return sawAny ? finish(overflow) : null;
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (!overflow) {
                int take = Math.min(position - start, maxChars + 1 - line.length());
                line.append(buffer, start, take);
                overflow = line.length() > maxChars;
            }
            if (position < limit) {
                position++;
                return finish(overflow);
            }
        }
    }

    private Line finish(boolean overflow) {
        if (overflow) {
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        return new Line(line.substring(0, end), false);
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }
}
