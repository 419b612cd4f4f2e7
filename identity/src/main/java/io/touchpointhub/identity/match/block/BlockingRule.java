package io.touchpointhub.identity.match.block;

import java.util.List;

/**
 * Records whose key parts are all present and equal fall into one block. With {@code unordered} the
 * parts are compared as a set, so (first, last) also catches names entered the other way round.
 * A {@link KeyTransform#TOKENS} part gives a record one key for each of its {@code maxTokens} rarest
 * words that are shared with another record.
 *
 * <p>A block with more records than the blocker's cap is normally skipped: a key that common tells
 * nothing about people. With {@code oversizedWindow > 0} such a block is kept sparsely instead: each
 * record is paired with the next {@code oversizedWindow} records of the block (sorted neighbourhood in
 * input order). For names of organisations a huge block is the norm (one company, hundreds of
 * records); the window keeps the block connected for clustering at a cost linear in its size. A
 * windowed {@link KeyTransform#TOKENS} part may then use words more common than the cap.
 */
public record BlockingRule(String name, List<KeyPart> parts, boolean unordered, int maxTokens, int oversizedWindow) {

    public BlockingRule(String name, List<KeyPart> parts, boolean unordered, int maxTokens) {
        this(name, parts, unordered, maxTokens, 0);
    }

    public BlockingRule {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a blocking rule needs at least one key part");
        }
        if (parts.stream().filter(p -> p.transform() == KeyTransform.TOKENS).count() > 1) {
            throw new IllegalArgumentException("a blocking rule can have one TOKENS part");
        }
        if (oversizedWindow < 0) {
            throw new IllegalArgumentException("the window of oversized blocks cannot be negative");
        }
    }

    public static BlockingRule of(String name, KeyPart... parts) {
        return new BlockingRule(name, List.of(parts), false, 0);
    }
}
