package io.touchpointhub.identity.match.block;

import java.util.List;

/**
 * What blocking did: candidate pairs emitted (each once), and per rule its keys, its blocks of two or
 * more records, and the blocks skipped for exceeding the size cap.
 */
public record BlockingStats(long candidatePairs, List<RuleStats> rules) {

    public BlockingStats {
        rules = List.copyOf(rules);
    }

    /** One rule's share. */
    public record RuleStats(String rule, long keys, long blocks, long oversizedBlocks) {
    }
}
