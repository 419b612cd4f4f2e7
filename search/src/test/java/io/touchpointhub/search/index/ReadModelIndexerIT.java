package io.touchpointhub.search.index;

import static io.touchpointhub.search.Fixtures.email;
import static io.touchpointhub.search.Fixtures.profile;
import static io.touchpointhub.search.Fixtures.touchpoint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import io.touchpointhub.search.EmbeddedSearch;
import io.touchpointhub.search.Fixtures;
import io.touchpointhub.search.SearchClients;
import io.touchpointhub.search.SearchUnavailableException;
import io.touchpointhub.search.profile.ProfileSearch;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReadModelIndexerIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    private long count(String index) throws Exception {
        return ES.client().count(c -> c.index(index)).count();
    }

    @Test
    void writesTouchpointsAndProfilesOfOneBatchByTheirIds() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileId id = ProfileId.random();
        List<ResolvedTouchpoint> touchpoints = LongStream.rangeClosed(1, 50)
                .mapToObj(n -> touchpoint(n, id, Fixtures.T0.plusSeconds(n))).toList();

        IndexOutcome outcome = indexer.write(touchpoints, List.of(profile(id, "Ana Lopez")), List.of());
        indices.refresh();

        assertThat(outcome.hasFailures()).isFalse();
        assertThat(count(indices.touchpointsAlias())).isEqualTo(50);
        assertThat(count(indices.profilesAlias())).isEqualTo(1);
        assertThat(ES.client().get(g -> g.index(indices.touchpointsAlias()).id("7"), Map.class).found()).isTrue();
    }

    @Test
    void replayingABatchOverwritesInsteadOfDuplicating() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileId id = ProfileId.random();
        List<ResolvedTouchpoint> touchpoints = List.of(touchpoint(1, id, Fixtures.T0), touchpoint(2, id, Fixtures.T0));

        indexer.write(touchpoints, List.of(profile(id, "Ana Lopez")), List.of());
        indexer.write(touchpoints, List.of(profile(id, "Ana Lopez-Garcia")), List.of());
        indices.refresh();

        assertThat(count(indices.touchpointsAlias())).isEqualTo(2);
        assertThat(new ProfileSearch(ES.client(), indices).get(id)).get()
                .extracting(doc -> doc.names().get(0)).isEqualTo("Ana Lopez-Garcia");
    }

    @Test
    void deletesRemovedProfilesAndTakesAlreadyMissingOnesAsDone() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileId survivor = ProfileId.random();
        ProfileId merged = ProfileId.random();
        indexer.write(List.of(), List.of(profile(survivor, "Ana Lopez"), profile(merged, "Ana L.")), List.of());

        IndexOutcome outcome = indexer.write(List.of(),
                List.of(profile(survivor, "Ana Lopez", List.of(merged), email("ana@example.com"))),
                List.of(merged, ProfileId.random()));
        indices.refresh();

        assertThat(outcome.hasFailures()).isFalse();
        assertThat(count(indices.profilesAlias())).isEqualTo(1);
        assertThat(ES.client().get(g -> g.index(indices.profilesAlias()).id(merged.toString()), Map.class).found())
                .isFalse();
    }

    @Test
    void reportsTheDocumentTheMappingRefusesAndWritesTheRest() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileId id = ProfileId.random();
        // a broken device clock: a date Elasticsearch cannot store
        Touchpoint fromTheFuture = new Touchpoint(new TouchpointKey(Channel.WEB, "web-shop", "far-future"),
                "track", null, Instant.MAX, Fixtures.T0, List.of(), Map.of(), Map.of(), Map.of(), "secret text");

        IndexOutcome outcome = indexer.write(
                List.of(touchpoint(1, id, Fixtures.T0), new ResolvedTouchpoint(2, id, fromTheFuture),
                        touchpoint(3, id, Fixtures.T0)),
                List.of(profile(id, "Ana Lopez")), List.of());
        indices.refresh();

        assertThat(outcome.failedTouchpoints()).containsOnlyKeys(2L);
        assertThat(outcome.failedTouchpoints().get(2L)).contains("occurredAt").doesNotContain("+1000000000");
        assertThat(outcome.failedProfiles()).isEmpty();
        assertThat(count(indices.touchpointsAlias())).isEqualTo(2);
        assertThat(count(indices.profilesAlias())).isEqualTo(1);
    }

    @Test
    void writingNothingSendsNothing() {
        HubIndices indices = ES.freshIndices();

        IndexOutcome outcome = new ReadModelIndexer(ES.client(), indices).write(List.of(), List.of(), null);

        assertThat(outcome).isEqualTo(IndexOutcome.complete());
    }

    @Test
    void unreachableElasticsearchIsUnavailableNotAClientError() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (ElasticsearchClient nowhere = SearchClients.create(
                List.of(URI.create("http://127.0.0.1:" + closedPort)), null, null, null)) {
            ReadModelIndexer indexer = new ReadModelIndexer(nowhere, new HubIndices(nowhere, "hub"));

            assertThatThrownBy(() -> indexer.write(List.of(touchpoint(1, ProfileId.random(), Fixtures.T0)),
                    List.of(), List.of()))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageContaining("unreachable");
        }
    }
}
