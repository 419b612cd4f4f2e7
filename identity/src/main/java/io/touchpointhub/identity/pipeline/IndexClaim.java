package io.touchpointhub.identity.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The index tasks one run claimed, de-duplicated into items: many rows for one touchpoint or one
 * profile (a busy profile is queued by every batch that touched it) become one write. A row of kind
 * {@code touchpoints} carries many touchpoints and is behind each of their items.
 */
final class IndexClaim {

    /** One claimed index_task row; {@code touchpointIds} only for kind {@code touchpoints}. */
    record Task(long id, String kind, Long touchpointId, UUID profileId, int attempts, List<Long> touchpointIds) {

        /** A row that stands for this item alone, which can carry the item's retry. */
        boolean single() {
            return touchpointIds == null;
        }
    }

    /** The rows behind one item; the item has failed as often as its most-failed row. */
    record Item(List<Task> tasks) {
        int attempts() {
            return tasks.stream().mapToInt(Task::attempts).max().orElse(0);
        }

        List<Long> taskIds() {
            return tasks.stream().map(Task::id).toList();
        }

        String kind() {
            if (tasks.stream().anyMatch(t -> t.kind().equals(Stages.KIND_REMOVE_PROFILE))) {
                return Stages.KIND_REMOVE_PROFILE;
            }
            return tasks.get(0).single() ? tasks.get(0).kind() : Stages.KIND_TOUCHPOINT;
        }
    }

    final Map<Long, Item> touchpoints = new LinkedHashMap<>();
    final Map<UUID, Item> profiles = new LinkedHashMap<>();
    private long lastTaskId;

    void add(Task task) {
        lastTaskId = Math.max(lastTaskId, task.id());
        if (!task.single()) {
            task.touchpointIds().forEach(id ->
                    touchpoints.computeIfAbsent(id, k -> new Item(new ArrayList<>())).tasks().add(task));
        } else if (task.touchpointId() != null) {
            touchpoints.computeIfAbsent(task.touchpointId(), k -> new Item(new ArrayList<>())).tasks().add(task);
        } else {
            profiles.computeIfAbsent(task.profileId(), k -> new Item(new ArrayList<>())).tasks().add(task);
        }
    }

    boolean isEmpty() {
        return touchpoints.isEmpty() && profiles.isEmpty();
    }

    int size() {
        return touchpoints.size() + profiles.size();
    }

    long lastTaskId() {
        return lastTaskId;
    }

    /** Distinct ids of the claimed rows. */
    Set<Long> taskIds() {
        Set<Long> ids = new LinkedHashSet<>();
        touchpoints.values().forEach(i -> ids.addAll(i.taskIds()));
        profiles.values().forEach(i -> ids.addAll(i.taskIds()));
        return ids;
    }
}
