package io.touchpointhub.search.listening;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.index.HubIndices;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Looks up the display names of profiles in one multi-get, to name the authors identity resolution linked. */
final class ProfileNames {

    private final ElasticsearchClient client;
    private final HubIndices indices;

    private ProfileNames(ElasticsearchClient client, HubIndices indices) {
        this.client = client;
        this.indices = indices;
    }

    static ProfileNames of(ElasticsearchClient client, HubIndices indices) {
        return new ProfileNames(client, indices);
    }

    List<AuthorStats> fill(List<AuthorStats> authors) {
        List<String> ids = authors.stream().map(AuthorStats::profileId).filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return authors;
        }
        Map<String, String> names = names(ids);
        return authors.stream().map(a -> a.profileId() == null ? a : a.withProfileName(names.get(a.profileId())))
                .toList();
    }

    @SuppressWarnings("rawtypes")
    private Map<String, String> names(List<String> ids) {
        MgetResponse<Map> response = SearchCalls.execute("Naming profiles", () -> client.mget(m -> m
                .index(indices.profilesAlias()).ids(ids).sourceIncludes("names"), Map.class));
        Map<String, String> names = new HashMap<>();
        response.docs().forEach(doc -> {
            if (doc.isResult() && doc.result().found() && doc.result().source() != null
                    && doc.result().source().get("names") instanceof List<?> list && !list.isEmpty()
                    && list.get(0) instanceof String name) {
                names.put(doc.result().id(), name);
            }
        });
        return names;
    }
}
