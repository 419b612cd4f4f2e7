package io.touchpointhub.identity.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A company (B2B customer) as the system of record knows it.
 *
 * @param name      the best display name seen (a group's name, else a company trait, else a domain)
 * @param domains   registrable domains of its people's e-mail addresses and its web site
 * @param names     company names as first written for each distinct normalised name
 * @param groupIds  Segment groupIds linked to it
 * @param people    how many live profiles belong to it
 */
public record Account(UUID id, String name, List<String> domains, List<String> names, List<String> groupIds,
                      long people, Instant createdAt, Instant updatedAt) {

    public Account {
        domains = List.copyOf(domains);
        names = List.copyOf(names);
        groupIds = List.copyOf(groupIds);
    }
}
