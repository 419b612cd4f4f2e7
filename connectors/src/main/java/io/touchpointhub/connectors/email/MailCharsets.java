package io.touchpointhub.connectors.email;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Decodes bytes by the charset label a message declares, the way mail clients read real mail rather
 * than the way the labels are defined: following the WHATWG Encoding Standard, {@code gb2312} and
 * {@code gbk} are read as GB18030 (senders label GBK text {@code gb2312}, and GB18030 decodes both),
 * {@code big5} as Big5-HKSCS, {@code us-ascii} and {@code iso-8859-1} as windows-1252. Unknown or
 * missing labels fall back to UTF-8 when the bytes are valid UTF-8, else windows-1252, so text is
 * never rejected for its charset.
 */
final class MailCharsets {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("gb2312", "GB18030"), Map.entry("gbk", "GB18030"), Map.entry("x-gbk", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"), Map.entry("csgb2312", "GB18030"), Map.entry("chinese", "GB18030"),
            Map.entry("euc-cn", "GB18030"), Map.entry("cp936", "GB18030"), Map.entry("ms936", "GB18030"),
            Map.entry("windows-936", "GB18030"), Map.entry("iso-ir-58", "GB18030"), Map.entry("gb18030", "GB18030"),
            Map.entry("big5", "Big5-HKSCS"), Map.entry("x-x-big5", "Big5-HKSCS"), Map.entry("cn-big5", "Big5-HKSCS"),
            Map.entry("csbig5", "Big5-HKSCS"), Map.entry("big5-hkscs", "Big5-HKSCS"),
            Map.entry("us-ascii", "windows-1252"), Map.entry("ascii", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("ks_c_5601-1987", "x-windows-949"), Map.entry("euc-kr", "x-windows-949"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("x-sjis", "windows-31j"),
            Map.entry("utf8", "UTF-8"));

    private MailCharsets() {
    }

    /** The charset to read text labelled {@code label} with, if the label names one Java has. */
    static Optional<Charset> forLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String name = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(ALIASES.getOrDefault(name, name)));
        } catch (IllegalArgumentException e) { // unsupported or illegal name: decode by guessing instead
            return Optional.empty();
        }
    }

    /** Decodes {@code bytes} labelled {@code label}; malformed sequences become U+FFFD, never errors. */
    static String decode(byte[] bytes, String label) {
        return forLabel(label).map(charset -> new String(bytes, charset)).orElseGet(() -> guess(bytes));
    }

    /** UTF-8 when the bytes are valid UTF-8 (RFC 6532 allows it in headers), else windows-1252. */
    static String guess(byte[] bytes) {
        return strictUtf8(bytes).orElseGet(() -> new String(bytes, WINDOWS_1252));
    }

    /** The bytes as UTF-8, if they are valid UTF-8. */
    static Optional<String> strictUtf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
