package io.touchpointhub.routes.social;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A hashtag timeline served as Mastodon documents it: statuses (the docs' example, renumbered) newest
 * first, {@code since_id}/{@code max_id} honoured, two per page, {@code Link} headers to older pages.
 */
final class FakeMastodon {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 2;

    final List<HttpUrl> requests = new CopyOnWriteArrayList<>();
    private final List<ObjectNode> statuses = new CopyOnWriteArrayList<>();
    private final String tag;

    FakeMastodon(String tag) {
        this.tag = tag;
    }

    /** A new public status of {@code acct} ({@code user} for a local account, {@code user@domain} for a remote one). */
    ObjectNode post(long id, String acct, String displayName) {
        ObjectNode status = template();
        status.put("id", String.valueOf(id));
        status.put("uri", "https://it.example/users/" + acct.replace('@', '.') + "/statuses/" + id);
        status.put("url", "https://it.example/@" + acct + "/" + id);
        status.put("created_at", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(id % 1_000_000).toString());
        status.put("content", "<p>Status " + id + " about <a href=\"https://it.example/tags/" + tag + "\">#<span>" + tag + "</span></a></p>");
        ObjectNode account = (ObjectNode) status.get("account");
        account.put("acct", acct).put("username", acct.split("@")[0]).put("display_name", displayName)
                .put("url", "https://it.example/@" + acct);
        statuses.add(status);
        return status;
    }

    MockResponse answer(RecordedRequest request) {
        HttpUrl url = request.getRequestUrl();
        requests.add(url);
        if (url == null || !url.encodedPath().endsWith("/api/v1/timelines/tag/" + tag)) {
            return new MockResponse().setResponseCode(404).setBody("{\"error\":\"Record not found\"}");
        }
        Long since = number(url.queryParameter("since_id"));
        Long max = number(url.queryParameter("max_id"));
        List<ObjectNode> page = statuses.stream()
                .sorted(Comparator.comparing((ObjectNode s) -> Long.parseLong(s.get("id").asText())).reversed())
                .filter(s -> since == null || Long.parseLong(s.get("id").asText()) > since)
                .filter(s -> max == null || Long.parseLong(s.get("id").asText()) < max)
                .limit(PAGE_SIZE).toList();
        ArrayNode body = JSON.createArrayNode();
        page.forEach(body::add);
        MockResponse response = new MockResponse().setHeader("Content-Type", "application/json; charset=utf-8")
                .setBody(body.toString());
        if (!page.isEmpty()) {
            HttpUrl older = url.newBuilder().removeAllQueryParameters("since_id")
                    .setQueryParameter("max_id", page.get(page.size() - 1).get("id").asText()).build();
            HttpUrl newer = url.newBuilder().removeAllQueryParameters("since_id").removeAllQueryParameters("max_id")
                    .setQueryParameter("min_id", page.get(0).get("id").asText()).build();
            response.setHeader("Link", "<" + older + ">; rel=\"next\", <" + newer + ">; rel=\"prev\"");
        }
        return response;
    }

    private static Long number(String value) {
        return value == null ? null : Long.valueOf(value);
    }

    private static ObjectNode template() {
        try (InputStream in = FakeMastodon.class.getResourceAsStream("/social/mastodon/status.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
