package io.touchpointhub.routes.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.icegreen.greenmail.store.MailFolder;
import io.touchpointhub.connectors.generic.WebhookSignature;
import io.touchpointhub.connectors.web.crawl.CrawlPayloads;
import io.touchpointhub.connectors.web.crawl.CrawledItem;
import io.touchpointhub.model.Channel;
import io.touchpointhub.routes.support.ChannelTestKit;
import io.touchpointhub.routes.support.ChannelTestServers;
import io.touchpointhub.routes.support.HubIntegrationTest;
import io.touchpointhub.routes.support.ShopifyFixtures;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The issue's promise in one test: one person reaching the company on every channel (web, e-mail,
 * social, marketplace order and review, public web, file import, call centre) ends as one profile whose
 * 360° timeline shows every touchpoint. Each channel arrives through its real way in (HTTP API, IMAP
 * server, upload, signed webhook) or, for the polled channels, through its mapper with the test kit.
 */
class EveryChannelOneProfileIT extends HubIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    ChannelIntake intake;

    @Autowired
    ObjectMapper objectMapper;

    @Test
    void aPersonOnEveryChannelEndsAsOneProfileWithTheWholeTimeline() throws Exception {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String email = "dana-" + u + "@example.org";
        String handle = "@dana_" + u + "@fosstodon.example";
        ChannelTestKit kit = new ChannelTestKit(intake, backlog, hub());

        // web: the shop's site identifies her and names her Mastodon account
        assertThat(hub().post("/v1/identify", """
                {"userId":"user-%s","traits":{"email":"%s","name":"Dana Reyes"},
                 "context":{"externalIds":[{"type":"mastodon","id":"%s","collection":"users","encoding":"none"}]}}
                """.formatted(u, email.toUpperCase(), handle)).status()).isEqualTo(200);
        // e-mail: she writes to support
        deliverMail(email, "<question-" + u + "@example.org>");
        // social: she posts on Mastodon (replayed through the channel's mapper as a poll would)
        kit.replay(Channel.SOCIAL, "it-mastodon", "mastodon-status", List.of(mastodonStatus(u, handle)));
        // marketplace: her Shopify order
        kit.replay(Channel.MARKETPLACE, "it-shop", "shopify-order", List.of(shopifyOrder(u, email)));
        // public web: a forum post signed with her address
        kit.replay(Channel.WEB, "it-blog", "web-feed-item", List.of(new CrawlPayloads(objectMapper).write(
                new CrawledItem("it-blog", "post", "https://blog.example/feed.xml", "post-" + u,
                        "https://blog.example/p/" + u, "Kettle trouble", "Dana", email,
                        "2026-11-20T10:00:00Z", null, "UTC", "My kettle overheats.", List.of()))));
        // marketplace reviews and a legacy CRM export: uploaded files
        awaitImported(upload("/api/import?mapping=reviews", "application/x-ndjson", """
                {"review_id":"R-%s","marketplace":"Amazon.de","rating":2,"title":"Overheats","text":"Not safe.",\
                "author":"Dana R.","email":"%s","product":{"id":"SKU-42","name":"Kettle 2000"},"date":"2026-11-21T09:00:00Z"}
                """.formatted(u, email)));
        awaitImported(upload("/api/import?mapping=legacy-crm", "text/csv", """
                Customer No,First Name,Last Name,Email,Phone,Last Contact,Notes,Lifetime Value,Currency
                C-%s,Dana,Reyes,%s,,01/03/2024 09:30,Long-time customer,1234.50,EUR
                """.formatted(u, email)));
        // call centre: the help desk's signed webhook
        String ticket = """
                {"tickets":[{"ticket_id":"T-%s","opened_at":"2026-11-22T08:00:00Z","subject":"Kettle",
                  "description":"Customer called about the kettle.","requester":{"email":"%s"}}]}""".formatted(u, email);
        assertThat(post("/webhooks/channels/helpdesk-tickets", ticket, Map.of("X-Helpdesk-Signature",
                new WebhookSignature("HmacSHA256", "it-helpdesk-secret", WebhookSignature.Encoding.BASE64, "")
                        .header(ticket.getBytes(StandardCharsets.UTF_8)))).statusCode()).isEqualTo(200);

        JsonNode profile = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            kit.awaitSearchable();
            return kit.profile(email).orElse(null);
        }, view -> view != null && view.path("timeline").size() >= 8);

        Set<String> channels = new TreeSet<>();
        profile.path("timeline").forEach(t -> channels.add(t.path("channel").asText()));
        assertThat(channels).containsExactly("CALL_CENTER", "EMAIL", "IMPORT", "MARKETPLACE", "SOCIAL", "WEB");
        assertThat(profile.path("timeline")).hasSize(8);
        assertThat(kit.profileCount(email)).isEqualTo(1);
        assertThat(kit.profile("mastodon:" + handle)).hasValueSatisfying(
                byHandle -> assertThat(byHandle.path("id").asText()).isEqualTo(profile.path("id").asText()));
    }

    private static String mastodonStatus(String u, String handle) throws Exception {
        ObjectNode status;
        try (InputStream in = EveryChannelOneProfileIT.class.getResourceAsStream("/social/mastodon/status.json")) {
            status = (ObjectNode) JSON.readTree(in);
        }
        String acct = handle.substring(1);
        status.put("id", "9" + Math.abs(u.hashCode()));
        status.put("uri", "https://fosstodon.example/users/dana/statuses/" + u);
        status.put("content", "<p>My new kettle from @acme overheats</p>");
        ObjectNode account = (ObjectNode) status.get("account");
        account.put("username", acct.substring(0, acct.indexOf('@')));
        account.put("acct", acct);
        account.put("url", "https://fosstodon.example/@" + acct.substring(0, acct.indexOf('@')));
        return status.toString();
    }

    private static String shopifyOrder(String u, String email) throws Exception {
        ObjectNode order;
        order = (ObjectNode) JSON.readTree(ShopifyFixtures.withDistinctPeople("orders-create.json"));
        order.put("email", email);
        ((ObjectNode) order.get("customer")).put("email", email);
        ObjectNode envelope = JSON.createObjectNode()
                .put("topic", "orders/create").put("webhookId", "w-" + u).put("eventId", "e-" + u)
                .put("shopDomain", "it-shop.myshopify.com").put("triggeredAt", "2026-11-22T09:00:00Z");
        envelope.set("body", order);
        return envelope.toString();
    }

    private static void deliverMail(String from, String messageId) throws Exception {
        String raw = ("From: Dana Reyes <%s>\r\nTo: support@acme.test\r\nSubject: Kettle\r\n"
                + "Date: Sun, 22 Nov 2026 07:00:00 +0000\r\nMessage-ID: %s\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\n\r\nMy kettle overheats.\r\n").formatted(from, messageId);
        MailFolder inbox = ChannelTestServers.mail().getManagers().getImapHostManager()
                .getInbox(ChannelTestServers.mailUser(ChannelTestServers.MAIL_USER));
        inbox.appendMessage(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))), new Flags(), new Date());
    }

    private String upload(String path, String contentType, String body) throws Exception {
        HttpResponse<String> answer = post(path, body, Map.of("Content-Type", contentType));
        assertThat(answer.statusCode()).isEqualTo(202);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private void awaitImported(String location) {
        String path = URI.create(location).getPath();
        JsonNode job = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> hub().get(path).json(), j -> !j.path("status").asText().matches("queued|running"));
        assertThat(job.path("status").asText()).isEqualTo("completed");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(1);
    }

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::setHeader);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
