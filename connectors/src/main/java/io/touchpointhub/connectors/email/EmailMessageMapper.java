package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.connectors.PayloadMapper;
import io.touchpointhub.connectors.text.Texts;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Maps one e-mail to an {@code email} touchpoint of the {@link Channel#EMAIL} channel (format
 * {@value #FORMAT}).
 *
 * <p><b>Payload</b>: the raw RFC 822 message exactly as the mail server delivered it, one char per
 * byte as {@link EmailPayload} writes it (ISO-8859-1, NUL as U+0100). Raw MIME is bytes, not text,
 * and this is the only string form that keeps every message intact for a replay.
 *
 * <p><b>Touchpoint</b>: key = (EMAIL, mailbox, {@code Message-ID}); when the message has no
 * {@code Message-ID}, a stable one is derived from a SHA-256 of sender, {@code Date}, subject and
 * text ({@code <hash@derived.touchpointhub.invalid>}, property {@code messageIdDerived}), so a re-poll
 * still finds it. occurredAt = {@code Date}, else the topmost {@code Received} date, else receivedAt.
 * Identifier: the sender's address (EMAIL); trait {@code name}: the display name. Properties: subject,
 * to, cc (addresses, not identifiers), messageId, threadId (the first {@code References} id, else
 * {@code In-Reply-To}, else the own id), inReplyTo, references, attachments (name, type, size only),
 * bodyContentType. Text: the body for analysis, with quoted reply history and signature cut off
 * ({@link QuotedHistory}; property {@code quotedHistoryStripped}) and at most {@value #MAX_TEXT_CHARS}
 * chars (property {@code textTruncated}).
 *
 * <p><b>Rejected</b> ({@link InvalidTouchpointException}): a payload that is not in the
 * {@link EmailPayload} form, a message without a sender address, one with a {@code Message-ID} longer
 * than a header line may be, or one whose MIME structure cannot be read. Pure and thread-safe.
 */
public final class EmailMessageMapper implements PayloadMapper {

    public static final String FORMAT = "email-mime";
    /** Long enough for any message a person wrote; newsletters and logs beyond it are cut. */
    static final int MAX_TEXT_CHARS = 32 * 1024;
    /** RFC 5322's line limit; a longer id is junk and would not fit the log's key index either. */
    static final int MAX_MESSAGE_ID_CHARS = 998;

    private static final Session SESSION = Session.getInstance(leniency());

    private final Clock clock;

    public EmailMessageMapper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public List<Touchpoint> map(String source, String payload) {
        Instant receivedAt = clock.instant();
        if (payload == null || payload.isBlank()) {
            throw new InvalidTouchpointException("payload", "must be an RFC 822 message");
        }
        try {
            return List.of(toTouchpoint(source, new MimeMessage(SESSION,
                    new SharedByteArrayInputStream(EmailPayload.bytes(payload))), receivedAt));
        } catch (MessagingException | IOException e) {
            throw new InvalidTouchpointException("body", "must be a readable MIME structure ("
                    + e.getClass().getSimpleName() + ")");
        } catch (InvalidTouchpointException e) {
            throw e;
        } catch (RuntimeException e) {
            // a parser tripping over junk must make a dead letter (replayable once fixed), never a
            // failure the route would retry on every poll
            throw new InvalidTouchpointException("message", "could not be parsed (" + e.getClass().getSimpleName() + ")");
        }
    }

    private Touchpoint toTouchpoint(String source, MimeMessage message, Instant receivedAt)
            throws MessagingException, IOException {
        MimeBody.Content body = MimeBody.read(message, true);
        MailHeaders headers = new MailHeaders(message, body.charset());
        MailHeaders.Address sender = headers.sender().orElseThrow(() ->
                new InvalidTouchpointException("From", "must hold the sender's e-mail address"));
        String subject = headers.subject();
        String fullText = Texts.tidy(body.text());
        String text = QuotedHistory.strip(fullText);
        String messageId = MessageIds.first(headers.first("Message-ID"));
        if (messageId != null && messageId.length() > MAX_MESSAGE_ID_CHARS) {
            throw new InvalidTouchpointException("Message-ID", "must be at most " + MAX_MESSAGE_ID_CHARS + " characters");
        }

        Map<String, Object> properties = new LinkedHashMap<>();
        putIfPresent(properties, "subject", subject);
        if (messageId == null) {
            messageId = DerivedMessageId.of(sender.address(), headers.first("Date"), subject, fullText);
            properties.put("messageIdDerived", true);
        }
        properties.putAll(thread(headers, messageId));
        properties.putAll(content(headers, body));
        if (!text.equals(fullText)) {
            properties.put("quotedHistoryStripped", true);
        }
        if (text.length() > MAX_TEXT_CHARS) {
            text = text.substring(0, MAX_TEXT_CHARS);
            properties.put("textTruncated", true);
        }
        return new Touchpoint(new TouchpointKey(Channel.EMAIL, source, messageId), "email", null,
                headers.occurredAt().orElse(receivedAt), receivedAt,
                List.of(Identifier.of(IdentifierType.EMAIL, sender.address())), nonEmpty("name", sender.name()),
                properties, nonEmpty("userAgent", userAgent(headers)), text.isEmpty() ? null : text);
    }

    /** Recipients (properties, not identifiers: they are the company's side) and what the body held. */
    private static Map<String, Object> content(MailHeaders headers, MimeBody.Content body) {
        Map<String, Object> content = new LinkedHashMap<>();
        putIfPresent(content, "to", addressList(headers, "To"));
        putIfPresent(content, "cc", addressList(headers, "Cc"));
        putIfPresent(content, "attachments", body.attachments().stream().map(Attachment::toProperty).toList());
        putIfPresent(content, "bodyContentType", body.contentType());
        return content;
    }

    /** threadId groups a conversation: the root of {@code References}, else the parent, else itself. */
    private static Map<String, Object> thread(MailHeaders headers, String messageId) {
        List<String> references = MessageIds.all(headers.raw("References"));
        String inReplyTo = MessageIds.first(headers.first("In-Reply-To"));
        Map<String, Object> thread = new LinkedHashMap<>();
        thread.put("messageId", messageId);
        thread.put("threadId", !references.isEmpty() ? references.get(0) : inReplyTo != null ? inReplyTo : messageId);
        putIfPresent(thread, "inReplyTo", inReplyTo);
        putIfPresent(thread, "references", references);
        return thread;
    }

    private static List<String> addressList(MailHeaders headers, String header) {
        return headers.addresses(header).stream().map(MailHeaders.Address::address).toList();
    }

    private static String userAgent(MailHeaders headers) {
        String agent = headers.first("User-Agent");
        return EncodedWords.decode(agent != null ? agent : headers.first("X-Mailer"), null);
    }

    private static Map<String, Object> nonEmpty(String key, String value) {
        Map<String, Object> map = new LinkedHashMap<>();
        putIfPresent(map, key, value);
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value instanceof String s ? !s.isBlank() : value instanceof List<?> l ? !l.isEmpty() : value != null) {
            map.put(key, value);
        }
    }

    /** Real mail breaks the rules: read what can be read rather than fail on it. */
    private static Properties leniency() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.parameters.strict", "false");
        properties.setProperty("mail.mime.ignoreunknownencoding", "true");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoreerrors", "true");
        properties.setProperty("mail.mime.uudecode.ignoremissingbeginend", "true");
        properties.setProperty("mail.mime.address.strict", "false");
        return properties;
    }
}
