package io.touchpointhub.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.IndexState;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.SearchException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the two read-model indices and their names. Readers and writers only ever use the aliases
 * {@code <prefix>-profiles} and {@code <prefix>-touchpoints}; each points to one concrete index
 * {@code <alias>-v<mappingVersion>-<yyyyMMddHHmmssSSS>} (UTC), so a rebuild with a new mapping can be
 * loaded next to the live index and swapped in atomically.
 *
 * <p>Thread-safe. Works on a single embedded node (one shard, no replica by default) and on a cluster
 * (pass shards and replicas).
 */
public final class HubIndices {

    /** Bump when a mapping changes incompatibly; indices of older versions need a {@link #beginRebuild()}. */
    public static final int MAPPING_VERSION = 1;
    public static final String DEFAULT_PREFIX = "hub";

    private static final Logger LOG = LoggerFactory.getLogger(HubIndices.class);
    private static final Pattern PREFIX = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);
    private static final String REFRESH_INTERVAL = "1s";
    private static final int NAME_ATTEMPTS = 5;

    private final ElasticsearchClient client;
    private final String prefix;
    private final int shards;
    private final int replicas;
    private final Clock clock;
    private final Pattern concreteName;

    public HubIndices(ElasticsearchClient client) {
        this(client, DEFAULT_PREFIX);
    }

    /** One shard, no replica: right for the embedded single node, where a replica never gets assigned. */
    public HubIndices(ElasticsearchClient client, String prefix) {
        this(client, prefix, 1, 0);
    }

    public HubIndices(ElasticsearchClient client, String prefix, int shards, int replicas) {
        this(client, prefix, shards, replicas, Clock.systemUTC());
    }

    HubIndices(ElasticsearchClient client, String prefix, int shards, int replicas, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("index prefix must match " + PREFIX + ": " + prefix);
        }
        if (shards < 1 || replicas < 0) {
            throw new IllegalArgumentException("need shards >= 1 and replicas >= 0");
        }
        this.prefix = prefix;
        this.shards = shards;
        this.replicas = replicas;
        this.clock = clock;
        this.concreteName = Pattern.compile(Pattern.quote(prefix) + "-[a-z]+-v(\\d+)-\\d{17}");
    }

    public String profilesAlias() {
        return alias(IndexKind.PROFILES);
    }

    public String touchpointsAlias() {
        return alias(IndexKind.TOUCHPOINTS);
    }

    /**
     * Creates both indices with their aliases unless the aliases exist. Idempotent and safe when several
     * hub instances start at once: if two created an index behind the same alias, the one the cluster
     * created first is kept and the others are deleted, by whichever instance sees them.
     */
    public void ensureCreated() {
        for (IndexKind kind : IndexKind.values()) {
            ensureCreated(kind);
        }
    }

    /** True when both aliases point to indices of the current {@link #MAPPING_VERSION}. */
    public boolean mappingsCurrent() {
        return List.of(profilesAlias(), touchpointsAlias()).stream()
                .map(alias -> indicesBehind(alias).keySet())
                .allMatch(behind -> !behind.isEmpty()
                        && behind.stream().allMatch(index -> mappingVersionOf(index) == MAPPING_VERSION));
    }

    /**
     * Creates a fresh pair of indices with the current mappings and no aliases, for loading everything
     * again from the system of record ({@link ReadModelIndexer#writeTo}). Refresh is off while loading;
     * {@link Rebuild#commit()} turns it back on.
     */
    public Rebuild beginRebuild() {
        String profiles = createIndex(IndexKind.PROFILES, false);
        String touchpoints;
        try {
            touchpoints = createIndex(IndexKind.TOUCHPOINTS, false);
        } catch (SearchException e) {
            delete(List.of(profiles));
            throw e;
        }
        LOG.info("Rebuild started into {} and {}", profiles, touchpoints);
        return new Rebuild(this, profiles, touchpoints);
    }

    /** Makes everything written so far searchable; for tests and after bulk loads, not the hot path. */
    public void refresh() {
        SearchCalls.execute("Refreshing " + prefix + " indices",
                () -> client.indices().refresh(r -> r.index(profilesAlias(), touchpointsAlias())));
    }

    /**
     * Sets how often Elasticsearch refreshes both live indices (through their aliases); {@code null} puts
     * back the hub's normal interval of one second. See {@link CatchUpRefresh}.
     */
    public void refreshEvery(Duration interval) {
        String value = interval == null ? REFRESH_INTERVAL : interval.toMillis() + "ms";
        putRefreshInterval("Setting the refresh interval of " + prefix + " indices",
                List.of(profilesAlias(), touchpointsAlias()), value);
    }

    private void putRefreshInterval(String what, List<String> indices, String interval) {
        SearchCalls.execute(what, () -> client.indices().putSettings(p -> p.index(indices)
                .settings(s -> s.refreshInterval(t -> t.time(interval)))));
    }

    /** The concrete indices an alias points to now (one, except during a creation race). */
    public List<String> indicesOf(String alias) {
        return List.copyOf(indicesBehind(alias).keySet());
    }

    String alias(IndexKind kind) {
        return prefix + "-" + kind.suffix();
    }

    /** Turns refresh back on, then moves both aliases and drops the old indices in one atomic call. */
    void commit(Rebuild rebuild) {
        List<String> fresh = List.of(rebuild.profilesIndex(), rebuild.touchpointsIndex());
        putRefreshInterval("Enabling refresh on rebuilt indices", fresh, REFRESH_INTERVAL);
        SearchCalls.execute("Refreshing rebuilt indices", () -> client.indices().refresh(r -> r.index(fresh)));
        List<Action> actions = new ArrayList<>();
        addSwap(actions, profilesAlias(), rebuild.profilesIndex());
        addSwap(actions, touchpointsAlias(), rebuild.touchpointsIndex());
        SearchCalls.execute("Swapping aliases to rebuilt indices",
                () -> client.indices().updateAliases(u -> u.actions(actions)));
        LOG.info("Rebuild committed: {} and {} are live", rebuild.profilesIndex(), rebuild.touchpointsIndex());
    }

    /** Deletes each index; one already gone (another instance was faster) counts as deleted. */
    void delete(List<String> indices) {
        for (String index : indices) {
            try {
                SearchCalls.execute("Deleting index " + index, () -> client.indices().delete(d -> d.index(index)));
            } catch (SearchException e) {
                if (!(e.getCause() instanceof ElasticsearchException ee && ee.status() == 404)) {
                    throw e;
                }
            }
        }
    }

    private void addSwap(List<Action> actions, String alias, String freshIndex) {
        actions.add(Action.of(a -> a.add(add -> add.index(freshIndex).alias(alias))));
        for (String old : indicesBehind(alias).keySet()) {
            // a retried commit whose first response was lost finds the fresh index already live
            if (!old.equals(freshIndex)) {
                // remove_index drops the old index and its alias in the same atomic request
                actions.add(Action.of(a -> a.removeIndex(r -> r.index(old))));
            }
        }
    }

    private void ensureCreated(IndexKind kind) {
        String alias = alias(kind);
        Map<String, IndexState> current = indicesBehind(alias);
        if (current.isEmpty()) {
            String index = createIndex(kind, true);
            LOG.info("Created index {} behind alias {}", index, alias);
            current = indicesBehind(alias);
        }
        if (current.size() > 1) {
            resolveCreationRace(alias, current);
        } else {
            current.keySet().stream()
                    .filter(index -> mappingVersionOf(index) != MAPPING_VERSION)
                    .forEach(index -> LOG.warn("Alias {} points to {} with mapping version {}, current is {}; "
                            + "rebuild to use the new mapping", alias, index, mappingVersionOf(index), MAPPING_VERSION));
            current.keySet().stream()
                    .filter(index -> mappingVersionOf(index) == MAPPING_VERSION)
                    .forEach(index -> addNewFields(kind, index));
        }
    }

    /**
     * Puts the current mapping on an index created before fields were added to it (strict mappings
     * refuse documents with unknown fields): Elasticsearch adds new fields in place, which is why an
     * added field needs no new mapping version. A change it refuses needs a version bump and a rebuild.
     */
    private void addNewFields(IndexKind kind, String index) {
        try {
            SearchCalls.execute("Updating the mapping of " + index, () -> client.indices().putMapping(p -> p
                    .index(index).withJson(new java.io.StringReader(kind.mappingJson()))));
        } catch (SearchException e) {
            if (!(e.getCause() instanceof ElasticsearchException ee && ee.status() == 400)) {
                throw e;
            }
            LOG.warn("Index {} refuses the current mapping ({}); rebuild it", index, ee.error().type());
        }
    }

    /**
     * Two instances that both found no alias each created an index with it. Keeping the index the cluster
     * created first (ties by name) is a choice every instance makes alike, and an instance that returned
     * before the second index existed is writing to exactly that one.
     */
    private void resolveCreationRace(String alias, Map<String, IndexState> current) {
        List<String> byAge = current.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, IndexState> e) -> creationDate(e.getValue()))
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
        List<String> losers = byAge.subList(1, byAge.size());
        LOG.warn("Alias {} was created concurrently; keeping {}, deleting {}", alias, byAge.get(0), losers);
        delete(losers);
    }

    private Map<String, IndexState> indicesBehind(String alias) {
        return SearchCalls.execute("Resolving alias " + alias, () -> client.indices()
                .get(g -> g.index(alias).ignoreUnavailable(true).allowNoIndices(true))
                .result());
    }

    private String createIndex(IndexKind kind, boolean withAlias) {
        String alias = alias(kind);
        for (int attempt = 0; ; attempt++) {
            // two rebuilds in the same millisecond would collide on the name: take the next one
            String name = alias + "-v" + MAPPING_VERSION + "-" + STAMP.format(clock.instant().plusMillis(attempt));
            try {
                SearchCalls.execute("Creating index " + name, () -> client.indices().create(c -> {
                    c.index(name).mappings(kind.mapping()).settings(s -> s
                            .numberOfShards(Integer.toString(shards))
                            .numberOfReplicas(Integer.toString(replicas))
                            .refreshInterval(t -> t.time(withAlias ? REFRESH_INTERVAL : "-1")));
                    return withAlias ? c.aliases(alias, a -> a) : c;
                }));
                return name;
            } catch (SearchException e) {
                if (attempt + 1 >= NAME_ATTEMPTS || !alreadyExists(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean alreadyExists(SearchException e) {
        return e.getCause() instanceof ElasticsearchException ee
                && ee.error() != null
                && "resource_already_exists_exception".equals(ee.error().type());
    }

    private static long creationDate(IndexState state) {
        IndexSettings settings = state.settings();
        if (settings == null) {
            return Long.MAX_VALUE;
        }
        Long date = settings.index() != null ? settings.index().creationDate() : settings.creationDate();
        return date == null ? Long.MAX_VALUE : date;
    }

    private int mappingVersionOf(String index) {
        Matcher m = concreteName.matcher(index);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
