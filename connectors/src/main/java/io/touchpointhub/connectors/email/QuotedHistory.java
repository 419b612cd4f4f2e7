package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.text.Texts;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts the quoted history off a reply, so that text analysis reads what the customer wrote this time
 * and not the whole thread again: everything from a reply header ({@code On ... wrote:},
 * {@code -----Original Message-----}, Outlook's {@code From:/Sent:} block, their Chinese forms) or
 * the signature delimiter {@code "-- "} on, and every line quoted with {@code >}. Conservative: when
 * nothing would be left, the text is kept whole.
 */
final class QuotedHistory {

    private static final List<Pattern> REPLY_HEADERS = List.of(
            Pattern.compile("^On\\b.{0,300}\\bwrote:\\s*$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^-{2,}\\s*(Original Message|Forwarded message|原始邮件|原始郵件|转发的邮件)\\s*-{2,}\\s*$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^在.{0,300}(写道|寫道)[:：]\\s*$"),
            Pattern.compile("^_{10,}\\s*$"));
    private static final Pattern OUTLOOK_FROM = Pattern.compile("^(From|发件人|寄件者)\\s*[:：].*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OUTLOOK_SENT = Pattern.compile("^(Sent|Date|发送时间|寄件日期)\\s*[:：].*",
            Pattern.CASE_INSENSITIVE);

    private QuotedHistory() {
    }

    /** The text without its quoted history; {@code text} itself when that would leave nothing. */
    static String strip(String text) {
        List<String> lines = text.lines().toList();
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals("-- ") || line.equals("--") || startsHistory(lines, i)) {
                break;
            }
            if (!line.stripLeading().startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        String stripped = Texts.tidy(kept.toString());
        return stripped.isEmpty() ? text : stripped;
    }

    private static boolean startsHistory(List<String> lines, int index) {
        String line = lines.get(index).strip();
        if (REPLY_HEADERS.stream().anyMatch(p -> p.matcher(line).matches())) {
            return true;
        }
        // clients wrap a long "On <date>, <name> <address> wrote:" over two lines
        if (line.startsWith("On ") && index + 1 < lines.size()
                && lines.get(index + 1).strip().toLowerCase(Locale.ROOT).endsWith("wrote:")) {
            return true;
        }
        return OUTLOOK_FROM.matcher(line).matches() && lines.stream().skip(index + 1).limit(3)
                .anyMatch(next -> OUTLOOK_SENT.matcher(next.strip()).matches());
    }
}
