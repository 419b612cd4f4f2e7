package io.touchpointhub.identity.match.block;

import java.util.List;

/**
 * Records whose key parts are all present and equal fall into one block. With {@code unordered} the
 * parts are compared as a set, so (first, last) also catches names entered the other way round.
 * A {@link KeyTransform#TOKENS} part gives a record one key for each of its {@code maxTokens} rarest
 * words that are shared with another record.
 */
public record BlockingRule(String name, List<KeyPart> parts, boolean unordered, int maxTokens) {

    public BlockingRule {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a blocking rule needs at least one key part");
        }
        if (parts.stream().filter(p -> p.transform() == KeyTransform.TOKENS).count() > 1) {
            throw new IllegalArgumentException("a blocking rule can have one TOKENS part");
        }
    }

    public static BlockingRule of(String name, KeyPart... parts) {
        return new BlockingRule(name, List.of(parts), false, 0);
    }
}
