package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.InvalidTouchpointException;

/**
 * The payload string of the {@code email-mime} format: the raw message, one char per byte.
 *
 * <p>Raw MIME is bytes, not text: headers may carry 8-bit bytes of an undeclared charset and parts
 * may mix charsets, so no single charset decodes every message. Byte {@code b} therefore becomes the
 * char {@code U+00b} (ISO-8859-1, which maps all 256 byte values), so headers stay readable to an
 * operator looking at a dead letter and every byte comes back unchanged. The one exception is NUL:
 * PostgreSQL text cannot hold {@code U+0000}, so byte 0 (forbidden in mail, yet seen in junk) becomes
 * {@code U+0100}, a char ISO-8859-1 never produces.
 */
public final class EmailPayload {

    private static final char NUL_STANDIN = '\u0100';

    private EmailPayload() {
    }

    /** The payload for a message as the mail server delivered it. */
    public static String of(byte[] rawMessage) {
        char[] chars = new char[rawMessage.length];
        for (int i = 0; i < rawMessage.length; i++) {
            int b = rawMessage[i] & 0xFF;
            chars[i] = b == 0 ? NUL_STANDIN : (char) b;
        }
        return new String(chars);
    }

    /**
     * The message bytes back from a payload made by {@link #of(byte[])}.
     *
     * @throws InvalidTouchpointException when the payload holds a char no byte maps to (it was not
     *                                    made by {@link #of(byte[])})
     */
    public static byte[] bytes(String payload) {
        byte[] bytes = new byte[payload.length()];
        for (int i = 0; i < bytes.length; i++) {
            char c = payload.charAt(i);
            if (c == NUL_STANDIN) {
                bytes[i] = 0;
            } else if (c > 0xFF) {
                throw new InvalidTouchpointException("payload",
                        "must be the raw message with one char per byte (ISO-8859-1, NUL as U+0100)");
            } else {
                bytes[i] = (byte) c;
            }
        }
        return bytes;
    }
}
