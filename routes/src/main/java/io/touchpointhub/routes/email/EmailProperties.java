package io.touchpointhub.routes.email;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mailboxes the e-mail channel polls: {@code hub.email.mailboxes.<name>.*}, the name becoming the
 * touchpoints' source. None by default, and then the channel is off. Passwords come from the
 * environment: {@code HUB_EMAIL_MAILBOXES_<NAME>_PASSWORD} binds directly, or a placeholder such as
 * {@code password: ${HUB_EMAIL_SUPPORT_PASSWORD}} in the configuration file.
 */
@Validated
@ConfigurationProperties("hub.email")
public record EmailProperties(@DefaultValue Map<String, @Valid Mailbox> mailboxes) {

    /** A configured mailbox without its server or credentials stops start-up, naming the property. */
    public EmailProperties {
        mailboxes.forEach((name, mailbox) -> {
            String prefix = "hub.email.mailboxes." + name + ".";
            require(mailbox.host(), prefix + "host");
            require(mailbox.username(), prefix + "username");
            require(mailbox.password(), prefix + "password (from the environment, e.g. HUB_EMAIL_MAILBOXES_"
                    + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_PASSWORD)");
        });
    }

    private static void require(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A configured mailbox needs " + property);
        }
    }

    /** How the hub talks to a mail server; the secure variants are the default. */
    public enum Protocol {
        IMAPS(993), IMAP(143), POP3S(995), POP3(110);

        private final int defaultPort;

        Protocol(int defaultPort) {
            this.defaultPort = defaultPort;
        }

        /** The camel-mail component (URI scheme) of this protocol. */
        public String scheme() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public boolean isPop3() {
            return this == POP3 || this == POP3S;
        }
    }

    /**
     * One mailbox.
     *
     * @param host            the mail server
     * @param port            its port; by default that of the protocol (993, 143, 995, 110)
     * @param protocol        {@code imaps}, {@code imap}, {@code pop3s} or {@code pop3}
     * @param username        the account to log in with
     * @param password        its password; set it from the environment, never in a committed file
     * @param folder          the folder to read (IMAP only; POP3 has just the inbox)
     * @param pollInterval    the pause between two polls
     * @param delete          whether a message is deleted from the server once stored (never by default)
     * @param unseenOnly      read only messages nobody has read yet: the cheapest poll, but a message
     *                        someone reads in a mail client before the hub polls is never read
     * @param catchUpInterval how often a poll also asks for messages already read, received since the
     *                        last complete catch-up, so that a message read by a person is not lost
     * @param backfill        how far back the first catch-up of a mailbox the hub never polled reaches
     * @param fetchSize       at most this many messages per poll; the rest come with the next polls
     * @param timeout         connect and read timeout towards the server
     */
    public record Mailbox(
            @NotBlank String host,
            @Min(1) @Max(65535) Integer port,
            @DefaultValue("imaps") @NotNull Protocol protocol,
            @NotBlank String username,
            @NotBlank String password,
            @DefaultValue("INBOX") @NotBlank String folder,
            @DefaultValue("1m") @NotNull Duration pollInterval,
            @DefaultValue("false") boolean delete,
            @DefaultValue("false") boolean unseenOnly,
            @DefaultValue("15m") @NotNull Duration catchUpInterval,
            @DefaultValue("7d") @NotNull Duration backfill,
            @DefaultValue("100") @Min(1) int fetchSize,
            @DefaultValue("30s") @NotNull Duration timeout) {

        public int effectivePort() {
            return port != null ? port : protocol.defaultPort;
        }

        /** Whether polls look at already-read messages too (IMAP only: POP3 keeps no read flags). */
        public boolean catchesUp() {
            return !unseenOnly && !protocol.isPop3();
        }

        @Override
        public String toString() {
            return "Mailbox[" + protocol.scheme() + "://" + host + ":" + effectivePort() + "/" + folder
                    + ", username=****, password=****]";
        }
    }
}
