package io.touchpointhub.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;

/**
 * Builds the {@link ElasticsearchClient} the hub shares: one per process, thread-safe, closed with
 * {@link ElasticsearchClient#close()} at shutdown. Use this factory rather than a default client: the
 * read models need its JSON mapper (ISO-8601 instants, nulls left out, unknown fields tolerated).
 */
public final class SearchClients {

    static final int CONNECT_TIMEOUT_MILLIS = 5_000;
    /** A bulk of ~1000 documents on a busy node can take seconds; 60 s only ends truly stuck calls. */
    static final int SOCKET_TIMEOUT_MILLIS = 60_000;
    static final int CONNECTION_REQUEST_TIMEOUT_MILLIS = 5_000;
    static final int MAX_CONNECTIONS = 50;

    private SearchClients() {
    }

    /**
     * @param uris     one or more nodes of the same cluster, {@code http} or {@code https} (the JVM's trust
     *                 store verifies certificates); all with the same path, if any (a proxy prefix)
     * @param username basic-auth user, or {@code null}
     * @param password basic-auth password, or {@code null}
     * @param apiKey   the encoded API key ({@code Authorization: ApiKey <key>}), or {@code null}; not
     *                 together with a username
     * @throws IllegalArgumentException on a missing or malformed URI or contradictory credentials
     */
    public static ElasticsearchClient create(List<URI> uris, String username, String password, String apiKey) {
        RestClientBuilder builder = RestClient.builder(hosts(uris));
        String pathPrefix = pathPrefix(uris);
        if (!pathPrefix.isEmpty()) {
            builder.setPathPrefix(pathPrefix);
        }
        builder.setRequestConfigCallback(config -> config
                .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
                .setSocketTimeout(SOCKET_TIMEOUT_MILLIS)
                .setConnectionRequestTimeout(CONNECTION_REQUEST_TIMEOUT_MILLIS));
        configureAuthentication(builder, username, password, apiKey);
        RestClientTransport transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper(objectMapper()));
        return new ElasticsearchClient(transport);
    }

    /** The JSON mapper documents are written and read with; exposed for tests and tools. */
    public static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    private static HttpHost[] hosts(List<URI> uris) {
        if (uris == null || uris.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URI is required");
        }
        return uris.stream().map(SearchClients::host).toArray(HttpHost[]::new);
    }

    private static HttpHost host(URI uri) {
        Objects.requireNonNull(uri, "uri");
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("Elasticsearch URI must be http(s)://host[:port]: " + uri);
        }
        if (uri.getUserInfo() != null) {
            // credentials in a URI end up in logs and stack traces; they have their own parameters
            throw new IllegalArgumentException("pass Elasticsearch credentials separately, not in the URI");
        }
        int port = uri.getPort() != -1 ? uri.getPort() : 9200;
        return new HttpHost(uri.getHost(), port, scheme);
    }

    private static String pathPrefix(List<URI> uris) {
        List<String> prefixes = uris.stream()
                .map(uri -> uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", ""))
                .distinct()
                .toList();
        if (prefixes.size() > 1) {
            throw new IllegalArgumentException("all Elasticsearch URIs must share one path, found " + prefixes);
        }
        return prefixes.get(0);
    }

    private static void configureAuthentication(
            RestClientBuilder builder, String username, String password, String apiKey) {
        boolean basic = username != null && !username.isBlank();
        boolean key = apiKey != null && !apiKey.isBlank();
        if (basic && key) {
            throw new IllegalArgumentException("configure either an API key or a username, not both");
        }
        if (basic && password == null) {
            throw new IllegalArgumentException("a password is required with an Elasticsearch username");
        }
        if (key) {
            builder.setDefaultHeaders(new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        }
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        if (basic) {
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(username, password));
        }
        // the default pool (30 total, 10 per route) throttles several indexing threads against one node
        builder.setHttpClientConfigCallback(http -> http
                .setDefaultCredentialsProvider(credentials)
                .setMaxConnTotal(MAX_CONNECTIONS)
                .setMaxConnPerRoute(MAX_CONNECTIONS));
    }
}
