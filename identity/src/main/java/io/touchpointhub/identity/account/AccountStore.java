package io.touchpointhub.identity.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.match.normalize.Scripts;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.support.Db;
import io.touchpointhub.identity.support.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** Accounts for the API: one account with its keys, its people, and a lookup by name or domain. */
public final class AccountStore {

    private static final String ACCOUNT = """
            select a.id, a.name, a.created_at, a.updated_at,
                   (select count(*) from account_profile ap where ap.account_id = a.id)
            from account a where a.id = ?
            """;
    private static final String KEYS = """
            select kind, value, label from account_key where account_id = ? and kind <> 'name_country'
            order by created_at, kind, value
            """;
    private static final String PEOPLE = """
            select ap.profile_id, p.summary::text from account_profile ap join profile p on p.id = ap.profile_id
            where ap.account_id = ? order by ap.linked_at, ap.profile_id limit ?
            """;
    /* Touchpoints keep the profile id they were resolved to until re-indexed: merged ids count too. */
    private static final String TOUCHPOINT_OWNERS = """
            select profile_id from account_profile where account_id = ?
            union all
            select p.id from profile p join account_profile ap on p.merged_into = ap.profile_id
            where ap.account_id = ?
            limit ?
            """;
    private static final String SEARCH = """
            select distinct on (a.id) a.id, a.name from account a join account_key k on k.account_id = a.id
            where (k.kind = 'domain' and k.value = ?) or (k.kind = 'name' and k.value = ?)
               or (k.kind = 'name' and ? <> '' and k.value like ? escape '\\')
               or a.name ilike ? escape '\\'
            order by a.id
            limit ?
            """;

    private final Db db;
    private final ObjectMapper json;

    public AccountStore(DataSource dataSource) {
        this(dataSource, Json.defaultMapper());
    }

    public AccountStore(DataSource dataSource, ObjectMapper objectMapper) {
        this.db = new Db(dataSource);
        this.json = Json.configure(objectMapper);
    }

    /** An account's id and display name, as a search result. */
    public record AccountHit(UUID id, String name) {
    }

    /** A person of an account: the live profile id and the names seen for it, most recent first. */
    public record Person(UUID id, List<String> names) {
    }

    public Optional<Account> find(UUID id) {
        List<Account> found = db.jdbc().query(ACCOUNT, (rs, n) -> {
            List<String> domains = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            List<String> groups = new ArrayList<>();
            db.jdbc().query(KEYS, k -> {
                switch (k.getString(1)) {
                    case AccountKey.DOMAIN -> domains.add(k.getString(2));
                    case AccountKey.GROUP -> groups.add(k.getString(2));
                    default -> names.add(k.getString(3));
                }
            }, id);
            return new Account(id, rs.getString(2), domains, new ArrayList<>(names), groups, rs.getLong(5),
                    Db.instant(rs.getTimestamp(3)), Db.instant(rs.getTimestamp(4)));
        }, id);
        return found.stream().findFirst();
    }

    /** The live profiles of the account, longest-standing members first. */
    public List<Person> people(UUID account, int limit) {
        return db.jdbc().query(PEOPLE, (rs, n) -> new Person(rs.getObject(1, UUID.class),
                ProfileSummary.read(json, rs.getString(2), null, null).names()), account, limit);
    }

    /** Every profile id the account's touchpoints may be indexed under: its people and profiles merged into them. */
    public List<UUID> touchpointOwners(UUID account, int limit) {
        return db.jdbc().queryForList(TOUCHPOINT_OWNERS, UUID.class, account, account, limit);
    }

    /**
     * Accounts whose domain or normalised name is the query, whose normalised name starts with it, or
     * whose display name contains it.
     */
    public List<AccountHit> search(String query, int size) {
        String q = query.trim();
        String domain = Optional.ofNullable(AccountDomains.ofWebsite(q)).orElse(q.toLowerCase());
        String name = Optional.ofNullable(AccountNames.key(q)).orElse("");
        String folded = Optional.ofNullable(Scripts.words(Scripts.fold(q))).orElse(q);
        return db.jdbc().query(SEARCH, (rs, n) -> new AccountHit(rs.getObject(1, UUID.class), rs.getString(2)),
                domain, name, name, like(name) + "%", "%" + like(folded) + "%", size);
    }

    private static String like(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
