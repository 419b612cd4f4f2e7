package io.touchpointhub.identity.account;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.identity.pipeline.IndexQueue;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs account resolution over touchpoints resolved before accounts existed (or before the free-mail
 * list changed), in id order, a page per transaction. Each page locks its profiles the way identity
 * batches do (in id order), so it runs safely next to the identity stage; running it again changes
 * nothing (links only move on stronger evidence, keys are only added once).
 */
public final class AccountBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBackfill.class);
    private static final int CONFLICT_RETRIES = 10;
    private static final String PAGE = """
            select t.id, t.payload::text, tp.profile_id from touchpoint t
            join touchpoint_profile tp on tp.touchpoint_id = t.id
            where t.id > ? order by t.id limit ?
            """;
    /* Touchpoints follow merges (the identity stage moves them), so only a merge racing this page is missed. */
    private static final String LOCK_LIVE = """
            select id from profile where id = any(?::uuid[]) and merged_into is null order by id for update
            """;

    private final Db db;
    private final ObjectMapper json;
    private final IdentifierNormalizer normalizer;
    private final AccountLinker linker;

    public AccountBackfill(DataSource dataSource, ObjectMapper objectMapper, IdentifierNormalizer normalizer,
                           AccountLinker linker) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
        this.normalizer = normalizer;
        this.linker = linker;
    }

    private record Row(long id, String payload, UUID profileId) {
    }

    /** @return how many touchpoints were read */
    public long run(int pageSize) {
        long after = 0;
        long read = 0;
        while (true) {
            List<Row> rows = withConflictRetries(after, pageSize);
            if (rows.isEmpty()) {
                LOG.info("Account backfill read {} touchpoints", read);
                return read;
            }
            read += rows.size();
            after = rows.get(rows.size() - 1).id();
        }
    }

    /* A page and an identity batch may lock the same profiles and deadlock: the victim simply runs again. */
    private List<Row> withConflictRetries(long after, int pageSize) {
        for (int attempt = 1; ; attempt++) {
            try {
                return db.inTransaction(() -> page(after, pageSize));
            } catch (RuntimeException e) {
                if (!Db.isRetryableConflict(e) || attempt >= CONFLICT_RETRIES) {
                    throw Db.wrap("Account backfill", e);
                }
            }
        }
    }

    private List<Row> page(long after, int pageSize) {
        List<Row> rows = db.jdbc().query(PAGE, (rs, n) -> new Row(rs.getLong(1), rs.getString(2),
                rs.getObject(3, UUID.class)), after, pageSize);
        if (rows.isEmpty()) {
            return rows;
        }
        Set<UUID> live = new HashSet<>(db.jdbc().queryForList(LOCK_LIVE, UUID.class,
                (Object) rows.stream().map(Row::profileId).distinct().toArray(UUID[]::new)));
        List<AccountLinker.Resolved> resolved = new ArrayList<>();
        for (Row row : rows) {
            Touchpoint touchpoint = read(row);
            if (touchpoint != null && live.contains(row.profileId())) {
                resolved.add(new AccountLinker.Resolved(row.profileId(), touchpoint, normalised(touchpoint)));
            }
        }
        Set<UUID> changed = linker.link(db.jdbc(), resolved, Map.of());
        IndexQueue.enqueue(db.jdbc(), List.of(), List.of(), changed, List.of());
        return rows;
    }

    private List<Identifier> normalised(Touchpoint touchpoint) {
        return touchpoint.identifiers().stream().map(normalizer::normalize).flatMap(java.util.Optional::stream).toList();
    }

    /** A payload the identity stage could not read was dead-lettered there; it is skipped here. */
    private Touchpoint read(Row row) {
        try {
            return json.readValue(row.payload(), Touchpoint.class);
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            LOG.debug("Account backfill skips unreadable touchpoint {}", row.id());
            return null;
        }
    }
}
