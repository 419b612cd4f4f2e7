package io.touchpointhub.identity.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account work of one identity batch: reads every key and link it needs in two queries, resolves
 * signals in memory, and writes only what is new (keys nobody holds, changed links, better names).
 * Batches repeat the same companies, so most batches only read.
 */
final class AccountBatch {

    private final JdbcTemplate jdbc;
    private final AccountKeys keys;
    private final Map<UUID, AccountLinks.Link> changed = new LinkedHashMap<>();
    private final Map<UUID, AccountSignals> bestNames = new HashMap<>();

    AccountBatch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.keys = new AccountKeys(jdbc);
    }

    /** @return the profiles whose link changed */
    Set<UUID> link(Map<UUID, List<AccountSignals>> signals) {
        Set<AccountKey> all = new LinkedHashSet<>();
        Set<String> countryNames = new LinkedHashSet<>();
        signals.values().forEach(list -> list.forEach(s -> {
            all.addAll(AccountKey.of(s));
            if (s.country() != null) {
                s.names().forEach(n -> countryNames.add(AccountNames.key(n)));
            }
        }));
        keys.load(all, countryNames);
        Map<UUID, AccountLinks.Link> links = AccountLinks.of(jdbc, signals.keySet());
        signals.forEach((profile, list) -> list.forEach(s -> apply(profile, s, links)));
        AccountLinks.write(jdbc, changed);
        AccountNamesUpdate.write(jdbc, bestNames);
        return Set.copyOf(changed.keySet());
    }

    private void apply(UUID profile, AccountSignals signals, Map<UUID, AccountLinks.Link> links) {
        AccountLinks.Link current = links.get(profile);
        int rank = signals.rank();
        if (current != null && rank < AccountSignals.GROUP && rank <= current.rank()) {
            return; // weaker or equal evidence never moves a profile, nor makes an account it would not join
        }
        UUID account = resolve(signals, current);
        AccountLinks.Link link = new AccountLinks.Link(account, rank);
        if (!link.equals(current)) {
            links.put(profile, link);
            changed.put(profile, link);
        }
    }

    /**
     * The account of the strongest known key (group, then domains, then name). When no key is known, a
     * person linked by name alone takes the new domain to that account (the name was the weaker guess
     * of the same company, and a second account for it would split the company); otherwise a new account.
     * A new group never joins the current account: people belong to several groups.
     */
    private UUID resolve(AccountSignals signals, AccountLinks.Link current) {
        List<AccountKey> wanted = AccountKey.of(signals);
        UUID account = null;
        for (AccountKey key : wanted) {
            if (!key.kind().startsWith(AccountKey.NAME)) {
                account = keys.owner(key);
                if (account != null) {
                    break;
                }
            }
        }
        for (int i = 0; account == null && i < signals.names().size(); i++) {
            account = keys.byName(AccountNames.key(signals.names().get(i)), signals.country());
        }
        if (account == null && current != null && signals.groupId() == null) {
            account = current.accountId();
        }
        if (account == null) {
            account = keys.create(signals, wanted);
        } else {
            keys.attach(account, wanted);
        }
        offerName(account, signals);
        return account;
    }

    private void offerName(UUID account, AccountSignals signals) {
        AccountSignals best = bestNames.get(account);
        if (best == null || signals.displayRank() > best.displayRank()) {
            bestNames.put(account, signals);
        }
    }

    /** Names better than an account's current one replace it; the account's members are re-indexed. */
    private static final class AccountNamesUpdate {
        private static final String UPGRADE = """
                update account a set name = u.name, name_rank = u.rank, updated_at = now()
                from unnest(?::uuid[], ?::text[], ?::smallint[]) u(id, name, rank)
                where a.id = u.id and a.name_rank < u.rank
                returning a.id
                """;
        private static final String REFRESH_MEMBERS = """
                insert into index_task (kind, profile_id)
                select 'profile', profile_id from account_profile where account_id = any(?::uuid[])
                """;

        static void write(JdbcTemplate jdbc, Map<UUID, AccountSignals> best) {
            List<UUID> ids = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<Short> ranks = new ArrayList<>();
            best.forEach((id, s) -> {
                if (s.displayRank() > AccountSignals.NAME) {
                    ids.add(id);
                    names.add(s.displayName());
                    ranks.add((short) s.displayRank());
                }
            });
            if (ids.isEmpty()) {
                return;
            }
            List<UUID> renamed = jdbc.queryForList(UPGRADE, UUID.class, ids.toArray(UUID[]::new),
                    names.toArray(String[]::new), ranks.toArray(Short[]::new));
            if (!renamed.isEmpty()) {
                jdbc.update(REFRESH_MEMBERS, (Object) renamed.toArray(UUID[]::new));
            }
        }
    }
}
