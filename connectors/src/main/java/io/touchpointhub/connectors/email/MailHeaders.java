package io.touchpointhub.connectors.email;

import io.touchpointhub.connectors.text.Texts;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MailDateFormat;
import jakarta.mail.internet.MimeMessage;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * The headers of one message, decoded: addresses with their display names, subject, dates and ids.
 * Display names and subjects go through {@link EncodedWords}, so they read right in any charset.
 *
 * @param charsetHint the charset of the message's text, to read raw 8-bit header bytes with
 */
record MailHeaders(MimeMessage message, String charsetHint) {

    /** A parsed address: its address and, when the sender gave one, its display name. */
    record Address(String address, String name) {
    }

    /**
     * The raw value of a header (all occurrences joined), or {@code null}; without control characters,
     * which junk mail carries and PostgreSQL cannot store (NUL).
     */
    String raw(String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? null : Texts.clean(value);
        } catch (MessagingException e) {
            return null;
        }
    }

    /** The first value of a header as the message has it, or {@code null}; without control characters. */
    String first(String name) {
        try {
            String[] values = message.getHeader(name);
            return values == null || values.length == 0 ? null : Texts.clean(values[0]);
        } catch (MessagingException e) {
            return null;
        }
    }

    String subject() {
        return EncodedWords.decode(first("Subject"), charsetHint);
    }

    /** The author: the {@code From} address, else {@code Sender}. */
    Optional<Address> sender() {
        return addresses("From").stream().findFirst().or(() -> addresses("Sender").stream().findFirst());
    }

    /**
     * Every address in the header that has an {@code @}; none when the header is missing or cannot be
     * parsed (a broken {@code Cc} must not cost the whole message).
     */
    List<Address> addresses(String header) {
        String value = EncodedWords.normalizeForAddresses(raw(header), charsetHint);
        List<Address> addresses = new ArrayList<>();
        if (value == null) {
            return addresses;
        }
        try {
            for (InternetAddress parsed : InternetAddress.parseHeader(value, false)) {
                String address = parsed.getAddress();
                if (address != null && address.indexOf('@') > 0) {
                    String name = parsed.getPersonal() == null ? null : Texts.clean(parsed.getPersonal()).strip();
                    addresses.add(new Address(address.strip(), name == null || name.isEmpty() ? null : name));
                }
            }
        } catch (AddressException e) {
            return List.of();
        }
        return addresses;
    }

    /** When the author sent it ({@code Date}), else when the first server received it, if either reads. */
    Optional<Instant> occurredAt() throws MessagingException {
        Date sent = message.getSentDate();
        if (sent != null) {
            return Optional.of(sent.toInstant());
        }
        String received = first("Received");
        int semicolon = received == null ? -1 : received.lastIndexOf(';');
        if (semicolon < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MailDateFormat().parse(received.substring(semicolon + 1).replaceAll("\\s+", " ").strip()).toInstant());
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
