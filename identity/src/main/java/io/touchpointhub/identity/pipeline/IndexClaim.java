package io.touchpointhub.identity.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The index tasks one run claimed, de-duplicated into items: many rows for one touchpoint or one
 * profile (a busy profile is queued by every batch that touched it) become one write.
 */
final class IndexClaim {

    /** One claimed index_task row. */
    record Task(long id, String kind, Long touchpointId, UUID profileId, int attempts) {
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
            return tasks.stream().anyMatch(t -> t.kind().equals(Stages.KIND_REMOVE_PROFILE))
                    ? Stages.KIND_REMOVE_PROFILE : tasks.get(0).kind();
        }
    }

    final Map<Long, Item> touchpoints = new LinkedHashMap<>();
    final Map<UUID, Item> profiles = new LinkedHashMap<>();

    void add(Task task) {
        if (task.touchpointId() != null) {
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
        return taskIds().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    List<Long> taskIds() {
        List<Long> ids = new ArrayList<>();
        touchpoints.values().forEach(i -> ids.addAll(i.taskIds()));
        profiles.values().forEach(i -> ids.addAll(i.taskIds()));
        return ids;
    }
}
