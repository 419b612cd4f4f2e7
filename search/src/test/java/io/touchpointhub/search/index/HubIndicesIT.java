package io.touchpointhub.search.index;

import static io.touchpointhub.search.Fixtures.email;
import static io.touchpointhub.search.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.search.EmbeddedSearch;
import io.touchpointhub.search.Fixtures;
import io.touchpointhub.search.profile.ProfileSearch;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubIndicesIT {

    @RegisterExtension
    static final EmbeddedSearch ES = new EmbeddedSearch();

    private boolean exists(String index) throws Exception {
        return ES.client().indices().exists(e -> e.index(index)).value();
    }

    @Test
    void ensureCreatedIsIdempotentAndNamesIndicesByAliasVersionAndTime() {
        HubIndices indices = new HubIndices(ES.client(), EmbeddedSearch.freshPrefix());

        indices.ensureCreated();
        List<String> profilesAfterFirst = indices.indicesOf(indices.profilesAlias());
        indices.ensureCreated();

        assertThat(indices.indicesOf(indices.profilesAlias())).isEqualTo(profilesAfterFirst).singleElement()
                .asString().matches(indices.profilesAlias() + "-v" + HubIndices.MAPPING_VERSION + "-\\d{17}");
        assertThat(indices.indicesOf(indices.touchpointsAlias())).singleElement()
                .asString().matches(indices.touchpointsAlias() + "-v" + HubIndices.MAPPING_VERSION + "-\\d{17}");
        assertThat(indices.mappingsCurrent()).isTrue();
    }

    @Test
    void fieldsAddedToAMappingArePutOnIndicesCreatedBefore() throws Exception {
        HubIndices indices = new HubIndices(ES.client(), EmbeddedSearch.freshPrefix());
        String old = indices.profilesAlias() + "-v1-20250101000000000";
        ES.client().indices().create(c -> c.index(old)
                .mappings(m -> m.dynamic(co.elastic.clients.elasticsearch._types.mapping.DynamicMapping.Strict)
                        .properties("id", p -> p.keyword(k -> k)))
                .aliases(indices.profilesAlias(), a -> a));

        indices.ensureCreated();

        assertThat(indices.indicesOf(indices.profilesAlias())).containsExactly(old);
        assertThat(ES.client().indices().getMapping(g -> g.index(old)).get(old).mappings().properties())
                .containsKeys("id", "account", "names");
    }

    @Test
    void mappingsAreNotCurrentBeforeTheIndicesExist() {
        HubIndices indices = new HubIndices(ES.client(), EmbeddedSearch.freshPrefix());

        assertThat(indices.mappingsCurrent()).isFalse();
    }

    @Test
    void instancesStartingAtOnceEndWithOneIndexPerAlias() throws Exception {
        String prefix = EmbeddedSearch.freshPrefix();
        int instances = 4;
        CyclicBarrier start = new CyclicBarrier(instances);
        ExecutorService threads = Executors.newFixedThreadPool(instances);
        List<CompletableFuture<Void>> runs = java.util.stream.IntStream.range(0, instances)
                .mapToObj(i -> CompletableFuture.runAsync(() -> {
                    HubIndices indices = new HubIndices(ES.client(), prefix);
                    await(start);
                    indices.ensureCreated();
                }, threads))
                .toList();

        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();
        threads.shutdown();

        HubIndices indices = new HubIndices(ES.client(), prefix);
        assertThat(indices.indicesOf(indices.profilesAlias())).hasSize(1);
        assertThat(indices.indicesOf(indices.touchpointsAlias())).hasSize(1);
        assertThat(ES.client().indices().get(g -> g.index(prefix + "-*")).result()).hasSize(2);
    }

    @Test
    void committedRebuildSwapsBothAliasesDeletesOldIndicesAndSearchesKeepWorking() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileSearch search = new ProfileSearch(ES.client(), indices);
        ProfileId before = ProfileId.random();
        ProfileId after = ProfileId.random();
        indexer.write(List.of(), List.of(profile(before, "Old Timer", email("old@example.com"))), List.of());
        String oldProfiles = indices.indicesOf(indices.profilesAlias()).get(0);
        String oldTouchpoints = indices.indicesOf(indices.touchpointsAlias()).get(0);

        Rebuild rebuild = indices.beginRebuild();
        indexer.writeTo(rebuild, List.of(Fixtures.touchpoint(1, after, Fixtures.T0)),
                List.of(profile(after, "New Comer", email("new@example.com"))), List.of());
        rebuild.commit();

        assertThat(indices.indicesOf(indices.profilesAlias())).containsExactly(rebuild.profilesIndex());
        assertThat(indices.indicesOf(indices.touchpointsAlias())).containsExactly(rebuild.touchpointsIndex());
        assertThat(exists(oldProfiles)).isFalse();
        assertThat(exists(oldTouchpoints)).isFalse();
        assertThat(search.find("New Comer", List.of(), 5)).extracting(hit -> hit.profile().id())
                .containsExactly(after.toString());
        assertThat(search.get(before)).isEmpty();
        assertThat(search.timeline(after, 0, 10).total()).isEqualTo(1);
    }

    @Test
    void committingAgainAfterALostResponseKeepsTheRebuiltIndicesLive() throws Exception {
        HubIndices indices = ES.freshIndices();
        Rebuild rebuild = indices.beginRebuild();
        indices.commit(rebuild);

        indices.commit(rebuild);

        assertThat(exists(rebuild.profilesIndex())).isTrue();
        assertThat(indices.indicesOf(indices.profilesAlias())).containsExactly(rebuild.profilesIndex());
        assertThat(indices.indicesOf(indices.touchpointsAlias())).containsExactly(rebuild.touchpointsIndex());
    }

    @Test
    void rebuildIsInvisibleUntilCommitted() throws Exception {
        HubIndices indices = ES.freshIndices();
        ReadModelIndexer indexer = new ReadModelIndexer(ES.client(), indices);
        ProfileId id = ProfileId.random();

        try (Rebuild rebuild = indices.beginRebuild()) {
            indexer.writeTo(rebuild, List.of(), List.of(profile(id, "Hidden Person")), List.of());

            assertThat(new ProfileSearch(ES.client(), indices).get(id)).isEmpty();
            assertThat(indices.indicesOf(indices.profilesAlias())).doesNotContain(rebuild.profilesIndex());
        }
    }

    @Test
    void abortedRebuildDeletesItsIndicesAndLeavesTheLiveOnes() throws Exception {
        HubIndices indices = ES.freshIndices();
        List<String> live = indices.indicesOf(indices.profilesAlias());
        Rebuild rebuild = indices.beginRebuild();

        rebuild.abort();

        assertThat(exists(rebuild.profilesIndex())).isFalse();
        assertThat(exists(rebuild.touchpointsIndex())).isFalse();
        assertThat(indices.indicesOf(indices.profilesAlias())).isEqualTo(live);
        assertThatIllegalStateException().isThrownBy(rebuild::commit);
    }

    @Test
    void closingAnUncommittedRebuildAbortsIt() throws Exception {
        HubIndices indices = ES.freshIndices();
        Rebuild rebuild;

        try (Rebuild opened = indices.beginRebuild()) {
            rebuild = opened;
        }

        assertThat(exists(rebuild.profilesIndex())).isFalse();
        assertThat(rebuild.isOpen()).isFalse();
    }

    @Test
    void appliesConfiguredShardsAndReplicas() throws Exception {
        ElasticsearchClient client = ES.client();
        HubIndices indices = new HubIndices(client, EmbeddedSearch.freshPrefix(), 2, 0);

        indices.ensureCreated();

        String index = indices.indicesOf(indices.touchpointsAlias()).get(0);
        var settings = client.indices().getSettings(g -> g.index(index)).result().get(index).settings();
        var indexSettings = settings.index() != null ? settings.index() : settings;
        assertThat(indexSettings.numberOfShards()).isEqualTo("2");
        assertThat(indexSettings.numberOfReplicas()).isEqualTo("0");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
