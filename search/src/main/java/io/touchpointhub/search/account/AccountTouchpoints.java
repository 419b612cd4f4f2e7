package io.touchpointhub.search.account;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.TouchpointDocument;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.profile.ProfileSearch;
import io.touchpointhub.search.profile.TimelinePage;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The touchpoints of a set of profiles (an account's people), newest first, paged like a profile's
 * timeline. The caller names the profiles: account membership lives in the system of record, so a
 * person joining or leaving an account changes no touchpoint document. Thread-safe.
 */
public final class AccountTouchpoints {

    /** Elasticsearch's default {@code index.max_terms_count}: the most profile ids one terms filter takes. */
    public static final int MAX_PROFILES = 65_536;

    private final ElasticsearchClient client;
    private final HubIndices indices;

    public AccountTouchpoints(ElasticsearchClient client, HubIndices indices) {
        this.client = Objects.requireNonNull(client, "client");
        this.indices = Objects.requireNonNull(indices, "indices");
    }

    /**
     * @param profileIds profiles whose touchpoints to list (at most {@value #MAX_PROFILES})
     * @param page       starting at 0
     * @param size       1 to {@link ProfileSearch#MAX_TIMELINE_PAGE_SIZE}
     */
    public TimelinePage page(Collection<String> profileIds, int page, int size) {
        if (page < 0 || size < 1 || size > ProfileSearch.MAX_TIMELINE_PAGE_SIZE) {
            throw new IllegalArgumentException("need page >= 0 and size 1 to " + ProfileSearch.MAX_TIMELINE_PAGE_SIZE);
        }
        if ((long) page * size + size > ProfileSearch.MAX_TIMELINE_DEPTH) {
            throw new IllegalArgumentException("pages reach back " + ProfileSearch.MAX_TIMELINE_DEPTH + " touchpoints");
        }
        if (profileIds.isEmpty()) {
            return new TimelinePage(List.of(), 0, page, size);
        }
        if (profileIds.size() > MAX_PROFILES) {
            throw new IllegalArgumentException("at most " + MAX_PROFILES + " profiles");
        }
        List<FieldValue> ids = profileIds.stream().distinct().map(FieldValue::of).toList();
        SearchResponse<TouchpointDocument> response = SearchCalls.execute("Reading an account's touchpoints",
                () -> client.search(s -> s.index(indices.touchpointsAlias())
                        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t
                                .field("profileId").terms(v -> v.value(ids))))))
                        .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)))
                        .from(page * size)
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true)), TouchpointDocument.class));
        List<TouchpointDocument> items = response.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new TimelinePage(items, total, page, size);
    }
}
