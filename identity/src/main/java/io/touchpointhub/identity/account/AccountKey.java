package io.touchpointhub.identity.account;

import java.util.ArrayList;
import java.util.List;

/**
 * One way of finding an account (a row of {@code account_key}).
 *
 * @param label the key as first seen, for display (the domain, the company name as written)
 */
record AccountKey(String kind, String value, String label) {

    static final String GROUP = "group";
    static final String DOMAIN = "domain";
    static final String NAME = "name";
    static final String NAME_COUNTRY = "name_country";

    /** Keys are the same key whatever their label. */
    @Override
    public boolean equals(Object o) {
        return o instanceof AccountKey k && k.kind.equals(kind) && k.value.equals(value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /** The name_country value: the name key, "@", the country ('@' sorts before every letter and digit). */
    static String nameCountry(String nameKey, String country) {
        return nameKey + "@" + country;
    }

    /** Every key of the signals in the order they are tried: group, domains, then names. */
    static List<AccountKey> of(AccountSignals signals) {
        List<AccountKey> keys = new ArrayList<>();
        if (signals.groupId() != null) {
            keys.add(new AccountKey(GROUP, signals.groupId(), signals.names().isEmpty()
                    ? signals.groupId() : signals.names().get(0)));
        }
        signals.domains().forEach(d -> keys.add(new AccountKey(DOMAIN, d, d)));
        for (String name : signals.names()) {
            String key = AccountNames.key(name);
            if (signals.country() != null) {
                keys.add(new AccountKey(NAME_COUNTRY, nameCountry(key, signals.country()), name));
            }
            keys.add(new AccountKey(NAME, key, name));
        }
        return keys.stream().distinct().toList();
    }
}
