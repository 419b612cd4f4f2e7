package io.touchpointhub.search.profile;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.index.HubIndices;
import io.touchpointhub.search.ProfileDocument;
import io.touchpointhub.search.TouchpointDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reading side of the 360° view: find a customer by identifier or fuzzy name, open the profile
 * (also by the id of a profile merged into it), and page through the cross-channel timeline.
 * Thread-safe; reads through the aliases of {@link HubIndices}.
 */
public final class ProfileSearch {

    public static final int MAX_RESULTS = 100;
    public static final int MAX_TIMELINE_PAGE_SIZE = 500;
    /** How far back from/size paging reaches: Elasticsearch's default {@code index.max_result_window}. */
    public static final int MAX_TIMELINE_DEPTH = 10_000;

    /**
     * An exact identifier match outranks any text match: text clauses score at most a few hundred even
     * for long queries on huge indices (BM25 per term stays below ~50), so a constant 10,000 per matched
     * key keeps identifier hits first without a second request.
     */
    static final float IDENTIFIER_BOOST = 10_000f;
    /** Tokens of 3 or more characters tolerate one typo ("Jhon", "Jon" find "John"); shorter ones none. */
    static final String ONE_TYPO = "AUTO:3,64";
    private static final int MAX_TEXT_LENGTH = 256;
    private static final int MAX_CANDIDATES = 50;

    private final ElasticsearchClient client;
    private final HubIndices indices;

    public ProfileSearch(ElasticsearchClient client, HubIndices indices) {
        this.client = Objects.requireNonNull(client, "client");
        this.indices = Objects.requireNonNull(indices, "indices");
    }

    /**
     * Profiles matching what a user typed, best first. When the text is an identifier of some profile
     * (exact key match), only those profiles; otherwise names (one typo tolerated, exact spelling above
     * fuzzy), then words of identifier values (an e-mail domain).
     *
     * @param text                 free text as typed, or {@code null}
     * @param identifierCandidates normalised identifiers the text could be (the caller normalises: an
     *                             e-mail lower-cased, a phone in E.164); may be empty
     * @param size                 at most this many hits, 1 to {@value #MAX_RESULTS}
     */
    public List<ProfileHit> find(String text, List<Identifier> identifierCandidates, int size) {
        if (size < 1 || size > MAX_RESULTS) {
            throw new IllegalArgumentException("size must be 1 to " + MAX_RESULTS + ": " + size);
        }
        String query = text == null ? "" : text.strip();
        query = query.length() > MAX_TEXT_LENGTH ? query.substring(0, MAX_TEXT_LENGTH) : query;
        List<String> keys = identifierCandidates == null ? List.of() : identifierCandidates.stream()
                .filter(Objects::nonNull)
                .map(ProfileDocument::identifierKey)
                .distinct()
                .limit(MAX_CANDIDATES)
                .toList();
        if (query.isEmpty() && keys.isEmpty()) {
            return List.of();
        }
        Query search = findQuery(query, keys);
        SearchResponse<ProfileDocument> response = SearchCalls.execute("Searching profiles",
                () -> client.search(s -> s.index(indices.profilesAlias()).query(search).size(size),
                        ProfileDocument.class));
        List<ProfileHit> hits = response.hits().hits().stream()
                .filter(hit -> hit.source() != null)
                .map(hit -> new ProfileHit(hit.source(), hit.score() == null ? 0 : hit.score()))
                .toList();
        return exactIdentifierMatchesIfAny(hits);
    }

    /**
     * A customer found by an exact identifier is the answer: profiles that merely share words with it
     * (the same e-mail domain, a similar name) would bury it in noise for the salesperson who typed it.
     */
    private static List<ProfileHit> exactIdentifierMatchesIfAny(List<ProfileHit> hits) {
        if (hits.isEmpty() || hits.get(0).score() < IDENTIFIER_BOOST) {
            return hits;
        }
        return hits.stream().filter(hit -> hit.score() >= IDENTIFIER_BOOST).toList();
    }

    /**
     * The profile with this id, or the profile it was merged into (a survivor lists merged ids in
     * {@code mergedIds}). The lookup by id is real-time; the lookup by merged id sees documents once
     * refreshed (within a second of indexing, or the catch-up interval under a backlog: {@link
     * io.touchpointhub.search.index.CatchUpRefresh}).
     */
    public Optional<ProfileDocument> get(ProfileId id) {
        Objects.requireNonNull(id, "id");
        GetResponse<ProfileDocument> direct = SearchCalls.execute("Getting a profile",
                () -> client.get(g -> g.index(indices.profilesAlias()).id(id.toString()), ProfileDocument.class));
        if (direct.found() && direct.source() != null) {
            return Optional.of(direct.source());
        }
        SearchResponse<ProfileDocument> survivor = SearchCalls.execute("Finding a merged profile's survivor",
                () -> client.search(s -> s.index(indices.profilesAlias())
                        .query(q -> q.term(t -> t.field("mergedIds").value(id.toString())))
                        .size(1), ProfileDocument.class));
        return survivor.hits().hits().stream().map(Hit::source).filter(Objects::nonNull).findFirst();
    }

    /**
     * The profile's touchpoints from every channel, newest first ({@code occurredAt}, then id, both
     * descending), including those indexed under ids of profiles merged into it.
     *
     * @param page starting at 0
     * @param size 1 to {@value #MAX_TIMELINE_PAGE_SIZE}
     * @throws IllegalArgumentException for pages reaching beyond the newest {@value #MAX_TIMELINE_DEPTH}
     *                                  touchpoints: from/size paging stops there, and deeper history is
     *                                  for exports, not for scrolling a screen
     */
    public TimelinePage timeline(ProfileId id, int page, int size) {
        Objects.requireNonNull(id, "id");
        if (page < 0 || size < 1 || size > MAX_TIMELINE_PAGE_SIZE) {
            throw new IllegalArgumentException("need page >= 0 and size 1 to " + MAX_TIMELINE_PAGE_SIZE);
        }
        long from = (long) page * size;
        if (from + size > MAX_TIMELINE_DEPTH) {
            throw new IllegalArgumentException("timeline pages reach back " + MAX_TIMELINE_DEPTH + " touchpoints");
        }
        List<FieldValue> profileIds = timelineProfileIds(id).stream().map(FieldValue::of).toList();
        SearchResponse<TouchpointDocument> response = SearchCalls.execute("Reading a timeline",
                () -> client.search(s -> s.index(indices.touchpointsAlias())
                        .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t
                                .field("profileId").terms(v -> v.value(profileIds))))))
                        .sort(o -> o.field(f -> f.field("occurredAt").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)))
                        .from((int) from)
                        .size(size)
                        .trackTotalHits(t -> t.enabled(true)), TouchpointDocument.class));
        List<TouchpointDocument> items = response.hits().hits().stream()
                .map(Hit::source)
                .filter(Objects::nonNull)
                .toList();
        long total = response.hits().total() == null ? items.size() : response.hits().total().value();
        return new TimelinePage(items, total, page, size);
    }

    /** Touchpoints keep the profile id they were resolved to, so a survivor's timeline spans its merged ids. */
    private List<String> timelineProfileIds(ProfileId id) {
        List<String> ids = new ArrayList<>();
        get(id).ifPresentOrElse(profile -> {
            ids.add(profile.id());
            ids.addAll(profile.mergedIds());
        }, () -> ids.add(id.toString()));
        return ids.stream().distinct().toList();
    }

    private static Query findQuery(String text, List<String> identifierKeys) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        for (String key : identifierKeys) {
            bool.should(s -> s.constantScore(c -> c
                    .filter(f -> f.term(t -> t.field("identifierKeys").value(key)))
                    .boost(IDENTIFIER_BOOST)));
        }
        if (!text.isEmpty()) {
            bool.should(s -> s.match(m -> m.field("names").query(text).boost(2f)));
            bool.should(s -> s.match(m -> m.field("names").query(text).fuzziness(ONE_TYPO)));
            // an identifier value typed exactly as stored, e.g. a phone already in E.164 or an external id
            bool.should(s -> s.term(t -> t.field("identifiers.value").value(text).boost(5f)));
            bool.should(s -> s.match(m -> m.field("identifiers.value.text").query(text).boost(0.5f)));
        }
        return Query.of(q -> q.bool(bool.build()));
    }
}
