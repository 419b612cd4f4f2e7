package io.touchpointhub.routes.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The {@code support} mailbox of application-it.yml, polled on GreenMail (plain IMAP, 200 ms polls,
 * a catch-up every second): messages reach the sender's 360° view, stay on the server, are stored
 * once however often the mailbox is polled, and an unreadable one becomes a dead letter. The
 * {@code support-pop3} mailbox reads another account of the same server over POP3.
 */
class EmailIngestIT extends HubIntegrationTest {

    private static final Duration ARRIVAL = Duration.ofSeconds(60);

    @Test
    void showsPolledGbkMessageInTheSendersTimelineAndLeavesItOnTheServer() {
        String u = unique();
        String sender = "zhang.zhe." + u + "@example.cn";

        deliver(gbkSample(sender, "<gbk-" + u + "@mail.example.cn>"), false);
        deliver(plain(sender, "<second-" + u + "@mail.example.cn>", "Second question"), false);

        List<JsonNode> timeline = awaitTimeline(sender, 2);
        JsonNode gbk = find(timeline, "<gbk-" + u + "@mail.example.cn>");
        assertThat(gbk.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(gbk.path("source").asText()).isEqualTo("support");
        assertThat(gbk.path("type").asText()).isEqualTo("email");
        assertThat(gbk.path("properties").path("subject").asText()).isEqualTo("关于订单的问题：王堃的退款");
        assertThat(gbk.path("text").asText()).contains("我的订单 A-1024 已经两周没有发货");
        assertThat(onServer("<gbk-" + u + "@mail.example.cn>", "<second-" + u + "@mail.example.cn>"))
                .hasSize(2).allSatisfy(message -> assertThat(message.isSet(Flags.Flag.DELETED)).isFalse());
    }

    @Test
    void storesNothingTwiceWhenPolledAgainAndStillReadsAMessageSomeoneReadFirst() {
        String u = unique();
        String sender = "repoll-" + u + "@example.com";
        deliver(plain(sender, "<unread-" + u + "@example.com>", "Unread"), false);
        awaitTimeline(sender, 1);

        deliver(plain(sender, "<read-" + u + "@example.com>", "Read in a mail client first"), true);

        awaitTimeline(sender, 2);
        long stored = touchpoints();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> touchpoints() == stored);
        assertThat(onServer("<unread-" + u + "@example.com>", "<read-" + u + "@example.com>")).hasSize(2);
    }

    @Test
    void keepsUnreadableMessageAsDeadLetterWithReasonAndStillReadsTheNextMessage() {
        String u = unique();
        String sender = "after-broken-" + u + "@example.net";
        long deadBefore = emailDeadLetters().size();

        deliver(sample("malformed.eml").replace("<broken-1@example.net>", "<broken-" + u + "@example.net>"), false);
        deliver(plain(sender, "<after-broken-" + u + "@example.net>", "Next message"), false);

        awaitTimeline(sender, 1);
        await().atMost(ARRIVAL).until(() -> emailDeadLetters().size() > deadBefore);
        JsonNode letter = emailDeadLetters().get(0);
        assertThat(letter.path("source").asText()).isEqualTo("support");
        assertThat(letter.path("format").asText()).isEqualTo("email-mime");
        assertThat(letter.path("reason").asText()).startsWith("body:").doesNotContain("never-used");
        int dead = emailDeadLetters().size();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> emailDeadLetters().size() == dead);
        assertThat(onServer("<broken-" + u + "@example.net>")).hasSize(1);
    }

    @Test
    void readsPop3MailboxAndLeavesItsMessagesOnTheServer() {
        String u = unique();
        String sender = "pop-" + u + "@example.com";

        deliverTo(ChannelTestServers.POP3_USER, plain(sender, "<pop-" + u + "@example.com>", "Via POP3"), false);

        List<JsonNode> timeline = awaitTimeline(sender, 1);
        assertThat(timeline.get(0).path("source").asText()).isEqualTo("support-pop3");
        long stored = touchpoints();
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> touchpoints() == stored);
        assertThat(onServerOf(ChannelTestServers.POP3_USER, "<pop-" + u + "@example.com>")).hasSize(1);
    }

    private List<JsonNode> awaitTimeline(String sender, int size) {
        List<JsonNode> timeline = new ArrayList<>();
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(250)).until(() -> {
            hub().refreshSearch();
            JsonNode found = hub().get("/api/profiles?q=" + sender).json().path("results");
            if (found.size() != 1) {
                return false;
            }
            JsonNode items = hub().get("/api/profiles/" + found.get(0).path("id").asText()).json().path("timeline");
            timeline.clear();
            items.forEach(timeline::add);
            return timeline.size() == size;
        });
        return timeline;
    }

    private static JsonNode find(List<JsonNode> timeline, String messageId) {
        return timeline.stream().filter(item -> item.path("externalId").asText().equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError("No touchpoint " + messageId + " in " + timeline));
    }

    private long touchpoints() {
        return hub().get("/api/admin/stats").json().path("touchpoints").asLong();
    }

    /** E-mail payload dead letters, newest first. */
    private List<JsonNode> emailDeadLetters() {
        List<JsonNode> letters = new ArrayList<>();
        hub().get("/api/admin/dead-letters?limit=1000").json().path("deadLetters").forEach(letter -> {
            if ("EMAIL".equals(letter.path("channel").asText())) {
                letters.add(letter);
            }
        });
        return letters;
    }

    /** Puts a message into the support inbox as an MTA would, or as read when a person read it first. */
    private static void deliver(String raw, boolean alreadyRead) {
        deliverTo(ChannelTestServers.MAIL_USER, raw, alreadyRead);
    }

    private static void deliverTo(String user, String raw, boolean alreadyRead) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
            inbox(user).appendMessage(message, alreadyRead ? new Flags(Flags.Flag.SEEN) : new Flags(), new Date());
        } catch (Exception e) {
            throw new IllegalStateException("GreenMail refused the message", e);
        }
    }

    private static List<StoredMessage> onServer(String... messageIds) {
        return onServerOf(ChannelTestServers.MAIL_USER, messageIds);
    }

    private static List<StoredMessage> onServerOf(String user, String... messageIds) {
        List<String> wanted = List.of(messageIds);
        return inbox(user).getMessages().stream().filter(stored -> {
            try {
                return wanted.contains(stored.getMimeMessage().getMessageID());
            } catch (Exception e) {
                return false;
            }
        }).toList();
    }

    private static MailFolder inbox(String user) {
        try {
            return ChannelTestServers.mail().getManagers().getImapHostManager().getInbox(ChannelTestServers.mailUser(user));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The GBK sample from a fresh sender with a fresh Message-ID; the raw bytes as one char each. */
    private static String gbkSample(String sender, String messageId) {
        return sample("gbk-plain.eml").replace("zhang.zhe@example.cn", sender)
                .replace("<20260303091500.GBK1@mail.example.cn>", messageId);
    }

    private static String plain(String sender, String messageId, String subject) {
        return ("From: Test Sender <%s>\r\nTo: support@acme.test\r\nSubject: %s\r\nDate: Mon, 16 Mar 2026 10:00:00 +0000\r\n"
                + "Message-ID: %s\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + "A question about my order.\r\n").formatted(sender, subject, messageId);
    }

    private static String sample(String name) {
        try (InputStream in = EmailIngestIT.class.getResourceAsStream("/email/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
