package io.touchpointhub.identity.match.block;

import java.util.List;

/**
 * What blocking did: candidate pairs emitted (each once), and per rule its keys, its blocks of two or
 * more records, and the blocks skipped for exceeding the size cap; and the cap that was applied (lower
 * than the configured one when the comparison budget required it).
 */
public record BlockingStats(long candidatePairs, List<RuleStats> rules, int blockCap) {

    public BlockingStats {
        rules = List.copyOf(rules);
    }

    public BlockingStats(long candidatePairs, List<RuleStats> rules) {
        this(candidatePairs, rules, 0);
    }

    /** One rule's share. */
    public record RuleStats(String rule, long keys, long blocks, long oversizedBlocks) {
    }
}
