package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.text.HtmlText;
import io.touchpointhub.connectors.text.Texts;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the body of a message: the text a person reads and the attachments' metadata.
 *
 * <p>Of a {@code multipart/alternative} only the best alternative is read: plain text when there is
 * one (at any depth, e.g. inside {@code multipart/mixed}), else HTML converted to text. Other
 * multiparts ({@code mixed}, {@code related}, {@code signed} ...) are walked whole, their inline text
 * parts joined. A part is an attachment when it says so, has a file name, or is not text. Text is
 * decoded from its transfer encoding and its declared charset by {@link MailCharsets}.
 */
final class MimeBody {

    /** Enough for any mail text; the rest of a larger part is not read (HTML keeps its markup). */
    static final int MAX_TEXT_PART_BYTES = 2 * 1024 * 1024;

    /**
     * @param text           the body text, quoted history not yet removed, or empty
     * @param contentType    {@code text/plain} or {@code text/html}: the type of the first text read, or null
     * @param charset        the charset label of the first text part, to read raw 8-bit headers with
     * @param attachments    every attachment, in message order
     */
    record Content(String text, String contentType, String charset, List<Attachment> attachments) {
    }

    private final boolean stripQuotes;
    private final StringBuilder text = new StringBuilder();
    private final List<Attachment> attachments = new ArrayList<>();
    private String contentType;
    private String charset;

    private MimeBody(boolean stripQuotes) {
        this.stripQuotes = stripQuotes;
    }

    /**
     * @param stripQuotes whether HTML quote containers are left out of the text
     * @throws MessagingException when the MIME structure cannot be read (a boundary that never occurs)
     */
    static Content read(MimePart message, boolean stripQuotes) throws MessagingException, IOException {
        MimeBody body = new MimeBody(stripQuotes);
        body.walk(message);
        return new Content(body.text.toString(), body.contentType, body.charset, List.copyOf(body.attachments));
    }

    private void walk(MimePart part) throws MessagingException, IOException {
        String type = baseType(part);
        if (isAttachment(part, type)) {
            attachments.add(new Attachment(fileName(part), type, decodedSize(part)));
        } else if (type.equals("multipart/alternative")) {
            MimeMultipart alternatives = multipart(part);
            if (alternatives.getCount() > 0) {
                walk((MimePart) best(alternatives));
            }
        } else if (type.startsWith("multipart/")) {
            MimeMultipart parts = multipart(part);
            for (int i = 0; i < parts.getCount(); i++) {
                walk((MimePart) parts.getBodyPart(i));
            }
        } else {
            appendText(part, type);
        }
    }

    private void appendText(MimePart part, String type) throws MessagingException, IOException {
        String label = charsetOf(part);
        String decoded = Texts.clean(MailCharsets.decode(readBytes(part), label));
        String partText = type.equals("text/html") ? HtmlText.of(decoded, stripQuotes) : decoded;
        if (contentType == null) {
            contentType = type;
            charset = label;
        }
        if (!partText.isBlank()) {
            text.append(text.isEmpty() ? "" : "\n\n").append(partText.strip());
        }
    }

    /** Plain text wherever it is, else HTML, else the first alternative. */
    private static BodyPart best(MimeMultipart alternatives) throws MessagingException, IOException {
        BodyPart best = alternatives.getBodyPart(0);
        int bestRank = -1;
        for (int i = 0; i < alternatives.getCount(); i++) {
            BodyPart candidate = alternatives.getBodyPart(i);
            int rank = rank((MimePart) candidate);
            if (rank > bestRank) {
                best = candidate;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int rank(MimePart part) throws MessagingException, IOException {
        String type = baseType(part);
        if (isAttachment(part, type)) {
            return 0;
        }
        if (type.startsWith("multipart/")) {
            MimeMultipart parts = multipart(part);
            int rank = 0;
            for (int i = 0; i < parts.getCount(); i++) {
                rank = Math.max(rank, rank((MimePart) parts.getBodyPart(i)));
            }
            return rank;
        }
        return type.equals("text/plain") ? 2 : 1;
    }

    private static boolean isAttachment(MimePart part, String type) throws MessagingException {
        if (type.startsWith("multipart/")) {
            return false;
        }
        return Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || fileName(part) != null
                || !(type.equals("text/plain") || type.equals("text/html"));
    }

    private static MimeMultipart multipart(MimePart part) throws MessagingException {
        return new MimeMultipart(new MimePartDataSource(part));
    }

    /** The MIME type without parameters; {@code text/plain} when missing or unreadable (RFC 2045 §5.2). */
    private static String baseType(MimePart part) throws MessagingException {
        String header = part.getHeader("Content-Type", null);
        if (header == null) {
            return "text/plain";
        }
        try {
            return new ContentType(header).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            return "text/plain";
        }
    }

    private static String charsetOf(MimePart part) throws MessagingException {
        String header = part.getHeader("Content-Type", null);
        try {
            return header == null ? null : new ContentType(header).getParameter("charset");
        } catch (ParseException e) {
            return null;
        }
    }

    /** RFC 2231 names are decoded by Jakarta Mail; RFC 2047 words in names (common, not standard) here. */
    private static String fileName(MimePart part) throws MessagingException {
        String name;
        try {
            name = part.getFileName();
        } catch (ParseException e) {
            return null;
        }
        return name == null || name.isBlank() ? null : EncodedWords.decode(name, null);
    }

    private static byte[] readBytes(MimePart part) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return in.readNBytes(MAX_TEXT_PART_BYTES);
        }
    }

    /** Counts the decoded bytes without keeping them; the encoded size when the encoding is broken. */
    private static long decodedSize(MimePart part) throws MessagingException {
        try (InputStream in = part.getInputStream()) {
            return in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            return Math.max(part.getSize(), 0);
        }
    }
}
