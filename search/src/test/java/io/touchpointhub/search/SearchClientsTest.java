package io.touchpointhub.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchClientsTest {

    @Test
    void buildsClientForSeveralNodesOfOneClusterWithDefaultPort() throws Exception {
        try (ElasticsearchClient client = SearchClients.create(
                List.of(URI.create("http://es1.internal"), URI.create("https://es2.internal:9243")), null, null, null)) {

            var nodes = ((RestClientTransport) client._transport()).restClient().getNodes();

            assertThat(nodes).extracting(node -> node.getHost().toURI())
                    .containsExactly("http://es1.internal:9200", "https://es2.internal:9243");
        }
    }

    @Test
    void rejectsCredentialsInsideTheUriSoTheyCannotReachLogs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchClients.create(List.of(URI.create("http://u:p@es:9200")), null, null, null))
                .withMessageNotContaining("u:p");
    }

    @Test
    void rejectsApiKeyTogetherWithUsername() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchClients.create(List.of(URI.create("http://es:9200")), "hub", "pw", "a2V5"));
    }

    @Test
    void rejectsUsernameWithoutPassword() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchClients.create(List.of(URI.create("http://es:9200")), "hub", null, null));
    }

    @Test
    void rejectsMissingOrNonHttpUris() {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchClients.create(List.of(), null, null, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SearchClients.create(List.of(URI.create("ftp://es:21")), null, null, null));
    }

    @Test
    void rejectsNodesBehindDifferentPaths() {
        assertThatIllegalArgumentException().isThrownBy(() -> SearchClients.create(
                List.of(URI.create("http://a/es"), URI.create("http://b/other")), null, null, null));
    }
}
