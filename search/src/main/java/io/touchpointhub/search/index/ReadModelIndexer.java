package io.touchpointhub.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.TouchpointAnalysis;
import io.touchpointhub.search.ProfileDocument;
import io.touchpointhub.search.SearchCalls;
import io.touchpointhub.search.SearchClients;
import io.touchpointhub.search.SearchException;
import io.touchpointhub.search.SearchUnavailableException;
import io.touchpointhub.search.TouchpointDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the read models of one batch (resolved touchpoints, the profiles they changed, profiles merged
 * away) in a single bulk request, by deterministic ids, so replaying a batch after a crash or a
 * {@link SearchUnavailableException} overwrites rather than duplicates. No refresh is forced: documents
 * become searchable within the index refresh interval (1 s; longer while catching up, see {@link CatchUpRefresh}).
 *
 * <p>Thread-safe; meant to be shared. Batches of about 1,000 documents suit a single node.
 */
public final class ReadModelIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelIndexer.class);
    /** Documents are serialised here, one by one, so one unserialisable document fails alone. */
    private static final ObjectWriter JSON = SearchClients.objectMapper().writer();

    private final ElasticsearchClient client;
    private final HubIndices indices;

    public ReadModelIndexer(ElasticsearchClient client, HubIndices indices) {
        this.client = Objects.requireNonNull(client, "client");
        this.indices = Objects.requireNonNull(indices, "indices");
    }

    /**
     * Writes to the live indices through their aliases.
     *
     * @param removedProfiles profiles merged into others (or erased); deleting one that is not indexed
     *                        is not a failure
     * @return the items Elasticsearch refused for good (a document the mapping rejects)
     * @throws SearchUnavailableException if Elasticsearch could not be reached or refused items for a
     *                                    transient reason (429, 5xx); the whole batch is safe to retry
     * @throws SearchException            if the bulk request as a whole was rejected
     */
    public IndexOutcome write(
            List<ResolvedTouchpoint> touchpoints, List<CustomerProfile> profiles, List<ProfileId> removedProfiles) {
        return write(touchpoints, Map.of(), profiles, removedProfiles);
    }

    /**
     * Same as {@link #write(List, List, List)}, the touchpoint documents carrying their text analysis.
     *
     * @param analyses the stored analysis of each analysed touchpoint, by touchpoint id
     */
    public IndexOutcome write(List<ResolvedTouchpoint> touchpoints, Map<Long, TouchpointAnalysis> analyses,
                              List<CustomerProfile> profiles, List<ProfileId> removedProfiles) {
        return bulk(new Batch(indices.touchpointsAlias(), indices.profilesAlias(),
                touchpoints, analyses, profiles, removedProfiles));
    }

    /** Same as {@link #write} into a rebuild's indices, which readers do not see until it is committed. */
    public IndexOutcome writeTo(
            Rebuild rebuild, List<ResolvedTouchpoint> touchpoints, List<CustomerProfile> profiles,
            List<ProfileId> removedProfiles) {
        return writeTo(rebuild, touchpoints, Map.of(), profiles, removedProfiles);
    }

    /** Same as {@link #write(List, Map, List, List)} into a rebuild's indices. */
    public IndexOutcome writeTo(
            Rebuild rebuild, List<ResolvedTouchpoint> touchpoints, Map<Long, TouchpointAnalysis> analyses,
            List<CustomerProfile> profiles, List<ProfileId> removedProfiles) {
        if (!rebuild.isOpen()) {
            throw new IllegalStateException("rebuild is no longer open");
        }
        return bulk(new Batch(rebuild.touchpointsIndex(), rebuild.profilesIndex(),
                touchpoints, analyses, profiles, removedProfiles));
    }

    private IndexOutcome bulk(Batch batch) {
        if (batch.isEmpty()) {
            return IndexOutcome.complete();
        }
        Failures failures = new Failures();
        List<BulkOperation> operations = new ArrayList<>(batch.size());
        List<Item> items = new ArrayList<>(batch.size());
        addOperations(batch, operations, items, failures);
        if (operations.isEmpty()) {
            return failures.outcome();
        }
        long started = System.nanoTime();
        BulkResponse response = SearchCalls.execute("Bulk writing " + operations.size() + " documents",
                () -> client.bulk(b -> b.operations(operations)));
        collectFailures(response.items(), items, failures);
        LOG.debug("Bulk wrote {} operations in {} ms ({} ms in Elasticsearch), {} refused",
                operations.size(), (System.nanoTime() - started) / 1_000_000, response.took(), failures.count());
        return failures.outcome();
    }

    /** {@code items} gets the model id of each operation, at its position: bulk answers in request order. */
    private static void addOperations(Batch batch, List<BulkOperation> operations, List<Item> items, Failures failures) {
        for (ResolvedTouchpoint touchpoint : batch.touchpoints) {
            Item item = new Item(touchpoint.id(), null);
            BinaryData json = serialise(TouchpointDocument.from(touchpoint, batch.analyses.get(touchpoint.id())));
            if (json == null) {
                failures.record(item, "serialisation_failure");
                continue;
            }
            String id = Long.toString(touchpoint.id());
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(batch.touchpointIndex).id(id).document(json))));
            items.add(item);
        }
        for (CustomerProfile profile : batch.profiles) {
            Item item = new Item(null, profile.id());
            BinaryData json = serialise(ProfileDocument.from(profile));
            if (json == null) {
                failures.record(item, "serialisation_failure");
                continue;
            }
            String id = profile.id().toString();
            operations.add(BulkOperation.of(o -> o.index(i -> i.index(batch.profileIndex).id(id).document(json))));
            items.add(item);
        }
        for (ProfileId removed : batch.removedProfiles) {
            operations.add(BulkOperation.of(o -> o.delete(d -> d.index(batch.profileIndex).id(removed.toString()))));
            items.add(new Item(null, removed));
        }
    }

    private static void collectFailures(List<BulkResponseItem> results, List<Item> items, Failures failures) {
        if (results.size() != items.size()) {
            throw new SearchException("Bulk response has " + results.size() + " items for "
                    + items.size() + " operations");
        }
        int transientFailures = 0;
        for (int i = 0; i < results.size(); i++) {
            BulkResponseItem result = results.get(i);
            if (succeeded(result)) {
                continue;
            }
            if (SearchCalls.isTransient(result.status())) {
                transientFailures++;
            } else {
                failures.record(items.get(i), describe(result));
            }
        }
        if (transientFailures > 0) {
            // ids are deterministic, so the caller can replay the whole batch instead of picking items
            throw new SearchUnavailableException(transientFailures + " of " + results.size()
                    + " bulk items were refused for now (HTTP 429/5xx); retry the batch");
        }
        if (failures.count() > 0) {
            LOG.warn("Bulk write: {} of {} items refused; first: {}", failures.count(), results.size(),
                    failures.first());
        }
    }

    private static boolean succeeded(BulkResponseItem item) {
        boolean alreadyGone = item.operationType() == OperationType.Delete && item.status() == 404;
        return alreadyGone || (item.error() == null && item.status() < 300);
    }

    /**
     * Elasticsearch quotes field values in some reasons ("Preview of field's value", "prefix of the first
     * immense term"); those are personal data, so only the error type and the reason up to such a quote go out.
     */
    static String describe(BulkResponseItem item) {
        ErrorCause error = item.error();
        if (error == null) {
            return "http_" + item.status();
        }
        String reason = error.reason() == null ? "" : error.reason();
        int cut = firstOf(reason, "Preview of field", "The prefix of the first immense term");
        reason = reason.substring(0, cut).trim();
        return error.type() + (reason.isEmpty() ? "" : ": " + reason);
    }

    private static int firstOf(String text, String... markers) {
        int cut = Math.min(text.length(), 300);
        for (String marker : markers) {
            int at = text.indexOf(marker);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return cut;
    }

    private static BinaryData serialise(Object document) {
        try {
            return BinaryData.of(JSON.writeValueAsBytes(document), ContentType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            LOG.warn("Could not serialise a {}: {}", document.getClass().getSimpleName(), e.getClass().getSimpleName());
            return null;
        }
    }

    private record Batch(String touchpointIndex, String profileIndex, List<ResolvedTouchpoint> touchpoints,
                         Map<Long, TouchpointAnalysis> analyses, List<CustomerProfile> profiles,
                         List<ProfileId> removedProfiles) {
        Batch {
            touchpoints = touchpoints == null ? List.of() : touchpoints;
            analyses = analyses == null ? Map.of() : analyses;
            profiles = profiles == null ? List.of() : profiles;
            removedProfiles = removedProfiles == null ? List.of() : removedProfiles;
        }

        int size() {
            return touchpoints.size() + profiles.size() + removedProfiles.size();
        }

        boolean isEmpty() {
            return size() == 0;
        }
    }

    /** The model id behind one bulk operation: a touchpoint id or a profile id. */
    private record Item(Long touchpointId, ProfileId profileId) {
    }

    private static final class Failures {
        private final Map<Long, String> touchpoints = new HashMap<>();
        private final Map<ProfileId, String> profiles = new HashMap<>();
        private String first;

        void record(Item item, String reason) {
            if (item.touchpointId() != null) {
                touchpoints.put(item.touchpointId(), reason);
            } else {
                profiles.put(item.profileId(), reason);
            }
            first = first == null ? reason : first;
        }

        int count() {
            return touchpoints.size() + profiles.size();
        }

        String first() {
            return first;
        }

        IndexOutcome outcome() {
            return new IndexOutcome(touchpoints, profiles);
        }
    }
}
