package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.text.Texts;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes header values: RFC 2047 encoded words ({@code =?GBK?B?...?=}) in any charset
 * {@link MailCharsets} reads, and raw 8-bit bytes some clients put in headers unencoded.
 *
 * <p>Jakarta Mail decodes each encoded word on its own with the label's strict Java charset, which
 * garbles GBK text labelled {@code gb2312} and characters a sender's encoder split across two words.
 * Here adjacent words of one charset are joined as bytes before decoding, and the white space between
 * encoded words is dropped as RFC 2047 §6.2 says. Encoded words glued to other text are decoded too.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");

    private EncodedWords() {
    }

    /**
     * The text of a header value as read from the message (folded, one char per byte).
     *
     * @param fallbackCharset the label to read raw 8-bit bytes with when they are not UTF-8, or null
     */
    static String decode(String raw, String fallbackCharset) {
        if (raw == null) {
            return null;
        }
        return Texts.clean(rewrite(raw, fallbackCharset, false)).strip();
    }

    /**
     * The header value with every run of encoded words rewritten as one UTF-8 encoded word and raw
     * 8-bit bytes decoded, so that {@code InternetAddress} parses the addresses and decodes the
     * display names correctly whatever charset the sender used.
     */
    static String normalizeForAddresses(String raw, String fallbackCharset) {
        return raw == null ? null : rewrite(raw, fallbackCharset, true);
    }

    private static String rewrite(String raw, String fallbackCharset, boolean asUtf8Words) {
        String value = rawEightBit(FOLD.matcher(raw).replaceAll(""), fallbackCharset);
        StringBuilder out = new StringBuilder(value.length());
        Run run = new Run();
        Matcher word = WORD.matcher(value);
        int end = 0;
        while (word.find()) {
            String gap = value.substring(end, word.start());
            if (!(run.open() && gap.isBlank())) {
                run.flushTo(out, asUtf8Words);
                out.append(gap);
            }
            byte[] bytes = wordBytes(word.group(2), word.group(3));
            if (bytes == null) {
                run.flushTo(out, asUtf8Words);
                out.append(word.group());
            } else {
                run.add(charsetOf(word.group(1)), bytes);
            }
            end = word.end();
        }
        run.flushTo(out, asUtf8Words);
        return out.append(value.substring(end)).toString();
    }

    /** RFC 2231 allows a language after the charset: {@code =?gbk*zh-CN?B?...?=}. */
    private static String charsetOf(String label) {
        int star = label.indexOf('*');
        return star < 0 ? label : label.substring(0, star);
    }

    private static String rawEightBit(String value, String fallbackCharset) {
        if (value.chars().allMatch(c -> c < 0x80)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        return MailCharsets.strictUtf8(bytes).orElseGet(() -> MailCharsets.decode(bytes, fallbackCharset));
    }

    private static byte[] wordBytes(String encoding, String text) {
        try {
            return encoding.equalsIgnoreCase("B") ? Base64.getDecoder().decode(text) : qDecode(text);
        } catch (IllegalArgumentException e) { // not really an encoded word: keep it as written
            return null;
        }
    }

    private static byte[] qDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    /**
     * Adjacent encoded words: bytes of one charset are joined before decoding (a character may be split
     * across words), then the decoded text of the whole run is written out at once.
     */
    private static final class Run {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final StringBuilder text = new StringBuilder();
        private String charset;

        boolean open() {
            return charset != null || !text.isEmpty();
        }

        void add(String wordCharset, byte[] wordBytes) {
            if (charset != null && !charset.equalsIgnoreCase(wordCharset)) {
                decodePending();
            }
            charset = wordCharset;
            bytes.writeBytes(wordBytes);
        }

        void flushTo(StringBuilder out, boolean asUtf8Word) {
            decodePending();
            if (text.isEmpty()) {
                return;
            }
            out.append(asUtf8Word
                    ? "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8)) + "?="
                    : text);
            text.setLength(0);
        }

        private void decodePending() {
            if (charset != null) {
                text.append(MailCharsets.decode(bytes.toByteArray(), charset));
                bytes.reset();
                charset = null;
            }
        }
    }
}
