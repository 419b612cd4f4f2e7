package io.touchpointhub.identity.resolve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.matching.BlockingIndex;
import io.touchpointhub.identity.matching.BlockingKeys;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Merges two profiles on a decision made outside the identify stage (a reviewer accepting a pair),
 * through the same writer, audit and read-model queue as the stage's merges: the older profile
 * survives, the other one's identifiers and touchpoints move to it, the index follows. Respects
 * cannot-links. Runs in the caller's transaction when there is one.
 */
public final class ProfileMerges {

    /** What a merge request came to. */
    public enum Outcome {
        /** The two were merged into {@link Result#survivor()}. */
        MERGED,
        /** Both ids already lead to one profile (a merge elsewhere joined them); nothing was changed. */
        ALREADY_ONE,
        /** A cannot-link keeps them apart; nothing was changed. */
        KEPT_APART,
        /** An id names no profile. */
        UNKNOWN
    }

    /** @param survivor the live profile both ids lead to now, or null */
    public record Result(Outcome outcome, UUID survivor) {
    }

    private final Db db;
    private final ObjectMapper json;
    private final ProfileRows rows;
    private final GraphWriter writer;
    private final BlockingIndex index;

    public ProfileMerges(DataSource dataSource, ObjectMapper objectMapper, IdentityRules rules) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.rows = new ProfileRows(db.jdbc(), json, rules);
        this.writer = new GraphWriter(db.jdbc(), json);
        this.index = new BlockingIndex(db.jdbc());
    }

    /**
     * Merges the live profiles of the two ids.
     *
     * @param rule     the audit's rule, e.g. {@code review}
     * @param evidence JSON kept with the audit row (the scores a reviewer saw), or null
     */
    public Result merge(UUID first, UUID second, String rule, String evidence) {
        return db.inTransaction(() -> {
            UUID a = rows.liveId(first);
            UUID b = rows.liveId(second);
            if (a == null || b == null) {
                return new Result(Outcome.UNKNOWN, null);
            }
            if (a.equals(b)) {
                return new Result(Outcome.ALREADY_ONE, a);
            }
            Map<UUID, ProfileNode> nodes = rows.lockLive(List.of(a, b));
            if (nodes.size() < 2) {
                // merged by a batch between reading the live ids and locking them: decide on the new state
                return merge(first, second, rule, evidence);
            }
            CannotLinkPairs.load(db.jdbc(), nodes);
            ProfileNode left = nodes.get(a);
            ProfileNode right = nodes.get(b);
            if (ProfileNode.keptApart(left, right)) {
                return new Result(Outcome.KEPT_APART, null);
            }
            ProfileNode survivor = ProfileNode.AGE.compare(left, right) <= 0 ? left : right;
            ProfileNode loser = survivor == left ? right : left;
            survivor.summary.absorb(loser.summary);
            writer.write(new ResolutionPlan(List.of(survivor), Map.of(loser.id, survivor.id),
                    List.of(new ResolutionPlan.Merge(survivor.id, loser.id, null, null, rule, evidence)), Map.of(), Map.of()));
            AccountLinker.followMerges(db.jdbc(), Map.of(loser.id, survivor.id));
            index.remove(List.of(loser.id));
            index.replace(Map.of(survivor.id, BlockingKeys.of(ProbabilisticMatcher.attributes(survivor.summary))));
            return new Result(Outcome.MERGED, survivor.id);
        });
    }
}
