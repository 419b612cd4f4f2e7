package io.touchpointhub.connectors.social;

/**
 * The order of item ids within a stream. Platforms give ids as strings that grow with time: Mastodon's
 * are decimal (Pleroma-family servers use fixed-length base62), Reddit's base36. Comparing the length
 * first and then the characters orders all of these correctly, without parsing, and without overflow
 * on Mastodon's 18-digit ids.
 */
public final class Positions {

    private Positions() {
    }

    /** Whether {@code a} comes after (is newer than) {@code b}. */
    public static boolean newer(String a, String b) {
        return compare(a, b) > 0;
    }

    public static int compare(String a, String b) {
        int byLength = Integer.compare(a.length(), b.length());
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** The newer of two positions; either may be {@code null}. */
    public static String newest(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return newer(a, b) ? a : b;
    }
}
