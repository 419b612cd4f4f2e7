package io.touchpointhub.identity.account;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one touchpoint says about the company of its person, strongest first: a Segment group call
 * ({@code groupId}, its traits' name, website and address), company e-mail domains, company name traits.
 *
 * @param groupId  a Segment groupId (from a group call, or {@code traits.company.id} of an identify call)
 * @param names    company names as written, from group traits and from {@code company}, {@code company.name},
 *                 {@code companyName}, {@code company_name}, {@code organization}, {@code organisation}
 * @param fromGroup whether the names came from a group call (the company describing itself)
 * @param domains  registrable, non-free e-mail and web-site domains
 * @param country  ISO country code of the company's address, the tie-breaker between equal names
 */
record AccountSignals(String groupId, List<String> names, boolean fromGroup, List<String> domains, String country) {

    static final int GROUP = 3;
    static final int DOMAIN = 2;
    static final int NAME = 1;

    private static final List<String> NAME_TRAITS = List.of("company.name", "companyName", "company_name",
            "organization", "organisation", "organization_name", "organizationName");

    static AccountSignals of(Touchpoint touchpoint, Collection<Identifier> identifiers, FreeMailDomains freeMail) {
        Builder b = new Builder(freeMail);
        Map<String, Object> properties = touchpoint.properties();
        if (readsProperties(touchpoint.type()) && text(properties.get("groupId")) != null) {
            b.groupId = text(properties.get("groupId"));
            b.fromGroup = true;
            if (properties.get("groupTraits") instanceof Map<?, ?> group) {
                b.company(group);
            }
        }
        Map<String, Object> traits = touchpoint.traits();
        if (traits.get("company") instanceof Map<?, ?> company) {
            if (b.groupId == null) {
                // Segment's reserved identify trait: company.id is the id group calls send as groupId
                b.groupId = text(company.get("id"));
            }
            b.company(company);
        } else {
            b.name(traits.get("company"));
        }
        NAME_TRAITS.forEach(trait -> b.name(traits.get(trait)));
        for (Identifier identifier : identifiers) {
            if (identifier.type() == IdentifierType.EMAIL) {
                b.domain(AccountDomains.ofEmail(identifier.value()));
            }
        }
        return b.build();
    }

    /** Only group calls: their properties carry the group id and the company's traits. */
    static boolean readsProperties(String touchpointType) {
        return "group".equals(touchpointType);
    }

    boolean isEmpty() {
        return groupId == null && names.isEmpty() && domains.isEmpty();
    }

    /** The evidence this touchpoint gives for its person's account. */
    int rank() {
        return groupId != null ? GROUP : !domains.isEmpty() ? DOMAIN : NAME;
    }

    /** The best name to show for an account found or made from these signals, and how good it is. */
    String displayName() {
        return !names.isEmpty() ? names.get(0) : !domains.isEmpty() ? domains.get(0) : groupId;
    }

    int displayRank() {
        return names.isEmpty() ? NAME : fromGroup ? GROUP : DOMAIN;
    }

    private static String text(Object value) {
        if (value instanceof Number n) {
            return n.toString();
        }
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        return s.trim();
    }

    private static final class Builder {
        private final FreeMailDomains freeMail;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> domains = new LinkedHashSet<>();
        private String groupId;
        private boolean fromGroup;
        private String country;

        Builder(FreeMailDomains freeMail) {
            this.freeMail = freeMail;
        }

        /** A company object: group traits, or Segment's {@code traits.company}. */
        void company(Map<?, ?> company) {
            name(company.get("name"));
            domain(AccountDomains.ofWebsite(text(company.get("website"))));
            domain(AccountDomains.ofWebsite(text(company.get("domain"))));
            domain(AccountDomains.ofEmail(text(company.get("email"))));
            if (company.get("address") instanceof Map<?, ?> address) {
                countryOf(address.get("country"));
            }
            countryOf(company.get("country"));
        }

        void name(Object value) {
            String name = text(value);
            if (name != null && name.length() <= 300 && AccountNames.key(name) != null) {
                names.add(name);
            }
        }

        void domain(String registrable) {
            if (registrable != null && !freeMail.isFree(registrable)) {
                domains.add(registrable);
            }
        }

        void countryOf(Object value) {
            if (country == null) {
                country = AccountNames.country(text(value));
            }
        }

        AccountSignals build() {
            return new AccountSignals(groupId, new ArrayList<>(names), fromGroup && !names.isEmpty(),
                    new ArrayList<>(domains), country);
        }
    }
}
