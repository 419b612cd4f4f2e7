package io.touchpointhub.bench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over the canonical identifiers of the generated events: touchpoints sharing an identifier
 * belong to one person, so the number of components is the number of live profiles a correct,
 * order-independent identity resolution must end with.
 */
final class IdentityComponents {

    private final Map<String, Integer> ids = new HashMap<>();
    private int[] parent = new int[1024];

    /** Records that all these identifiers (e.g. {@code "a:anon-1"}, {@code "e:ana@mail.com"}) are one person. */
    void link(List<String> identifiers) {
        int first = id(identifiers.get(0));
        for (int i = 1; i < identifiers.size(); i++) {
            int root = find(id(identifiers.get(i)));
            int firstRoot = find(first);
            if (root != firstRoot) {
                parent[root] = firstRoot;
            }
        }
    }

    int count() {
        Set<Integer> roots = new HashSet<>();
        for (int id : ids.values()) {
            roots.add(find(id));
        }
        return roots.size();
    }

    private int id(String identifier) {
        return ids.computeIfAbsent(identifier, key -> {
            int next = ids.size();
            if (next == parent.length) {
                parent = java.util.Arrays.copyOf(parent, next * 2);
            }
            parent[next] = next;
            return next;
        });
    }

    private int find(int id) {
        while (parent[id] != id) {
            parent[id] = parent[parent[id]];
            id = parent[id];
        }
        return id;
    }
}
