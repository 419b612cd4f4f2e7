package io.touchpointhub.identity.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account keys one batch works with, read once and kept up to date as the batch adds keys.
 * Concurrent batches agree through the primary key: an insert that meets a key another transaction
 * is inserting waits for it, and then reads the winner's account instead of adding its own.
 */
final class AccountKeys {

    private static final String LOAD = """
            select kind, value, account_id from account_key
            where (kind, value) in (select * from unnest(?::text[], ?::text[]))
            """;
    /* Every name_country key of these names: a range of the (C-collated) primary key, '@' < 'A'. */
    private static final String LOAD_COUNTRIES = """
            select k.value, k.account_id from unnest(?::text[]) n(name)
            join account_key k on k.kind = 'name_country' and k.value > n.name || '@' and k.value < n.name || 'A'
            """;
    private static final String INSERT = """
            insert into account_key (kind, value, account_id, label)
            select u.kind, u.value, ?::uuid, u.label from unnest(?::text[], ?::text[], ?::text[]) u(kind, value, label)
            order by u.kind, u.value
            on conflict (kind, value) do nothing
            returning kind, value
            """;

    private final JdbcTemplate jdbc;
    private final Map<AccountKey, UUID> owners = new HashMap<>();
    /** name key to country to account, for the names that came with a country. */
    private final Map<String, Map<String, UUID>> countries = new HashMap<>();

    AccountKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load(Collection<AccountKey> keys, Collection<String> countryNames) {
        jdbc.query(LOAD, rs -> {
            owners.put(new AccountKey(rs.getString(1), rs.getString(2), null), rs.getObject(3, UUID.class));
        }, keys.stream().map(AccountKey::kind).toArray(String[]::new),
                keys.stream().map(AccountKey::value).toArray(String[]::new));
        if (!countryNames.isEmpty()) {
            jdbc.query(LOAD_COUNTRIES, rs -> {
                rememberCountry(rs.getString(1), rs.getObject(2, UUID.class));
            }, (Object) countryNames.toArray(String[]::new));
        }
    }

    UUID owner(AccountKey key) {
        return owners.get(key);
    }

    /**
     * The account of a company name: the one known in this country, else the one of the bare name
     * unless it is known to be in another country only (then it is another company of the same name).
     */
    UUID byName(String nameKey, String country) {
        if (nameKey == null) {
            return null;
        }
        UUID bare = owners.get(new AccountKey(AccountKey.NAME, nameKey, null));
        if (country == null) {
            return bare;
        }
        Map<String, UUID> known = countries.getOrDefault(nameKey, Map.of());
        if (known.containsKey(country)) {
            return known.get(country);
        }
        return bare != null && !known.containsValue(bare) ? bare : null;
    }

    /** A new account for signals none of whose keys is known; the winner's if another batch was faster. */
    UUID create(AccountSignals signals, List<AccountKey> wanted) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into account (id, name, name_rank) values (?, ?, ?)", id, signals.displayName(),
                signals.displayRank());
        AccountKey primary = wanted.stream().filter(k -> !owners.containsKey(k)).findFirst().orElseThrow();
        List<AccountKey> won = insert(id, wanted);
        if (won.contains(primary)) {
            return id;
        }
        // another transaction committed the key first: its account is the one; drop the one made here
        UUID winner = owners.get(primary);
        if (winner == null) {
            // the winner gave the key up again in a race of its own: run the batch again
            throw new CannotAcquireLockException("Account key taken and released by a concurrent batch");
        }
        jdbc.update("delete from account_key where account_id = ?", id);
        jdbc.update("delete from account where id = ?", id);
        won.forEach(this::forget);
        attach(winner, wanted);
        return winner;
    }

    /** Adds the keys nobody holds to the account. */
    void attach(UUID account, List<AccountKey> wanted) {
        if (wanted.stream().anyMatch(k -> !owners.containsKey(k))) {
            insert(account, wanted);
        }
    }

    private List<AccountKey> insert(UUID account, List<AccountKey> wanted) {
        List<AccountKey> fresh = wanted.stream().filter(k -> !owners.containsKey(k)).toList();
        List<AccountKey> won = new ArrayList<>();
        jdbc.query(INSERT, rs -> {
            won.add(new AccountKey(rs.getString(1), rs.getString(2), null));
        }, account, fresh.stream().map(AccountKey::kind).toArray(String[]::new),
                fresh.stream().map(AccountKey::value).toArray(String[]::new),
                fresh.stream().map(AccountKey::label).toArray(String[]::new));
        for (AccountKey key : fresh) {
            // a key lost to a concurrent batch is read back, so that later signals of this batch find it
            UUID owner = won.contains(key) ? account : readOwner(key);
            if (owner != null) {
                owners.put(key, owner);
                if (key.kind().equals(AccountKey.NAME_COUNTRY)) {
                    rememberCountry(key.value(), owner);
                }
            }
        }
        if (!won.isEmpty()) {
            jdbc.update("update account set updated_at = now() where id = ? and updated_at < now()", account);
        }
        return won;
    }

    /** Null when the transaction that held the key dropped it again (it lost a race itself). */
    private UUID readOwner(AccountKey key) {
        return jdbc.queryForList("select account_id from account_key where kind = ? and value = ?", UUID.class,
                key.kind(), key.value()).stream().findFirst().orElse(null);
    }

    private void forget(AccountKey key) {
        owners.remove(key);
        if (key.kind().equals(AccountKey.NAME_COUNTRY)) {
            int at = key.value().lastIndexOf('@');
            Map<String, UUID> known = countries.get(key.value().substring(0, at));
            if (known != null) {
                known.remove(key.value().substring(at + 1));
            }
        }
    }

    private void rememberCountry(String nameCountry, UUID account) {
        int at = nameCountry.lastIndexOf('@');
        countries.computeIfAbsent(nameCountry.substring(0, at), k -> new HashMap<>())
                .put(nameCountry.substring(at + 1), account);
    }
}
