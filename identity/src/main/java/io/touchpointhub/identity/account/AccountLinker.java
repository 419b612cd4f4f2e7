package io.touchpointhub.identity.account;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resolves the companies of a resolved identity batch into accounts and links the batch's profiles to
 * them, in the batch's transaction (the identity stage calls {@link #link} once per batch, after it
 * wrote the batch's profiles). Runs concurrently in any number of identity batches: a key belongs to
 * one account by the primary key of {@code account_key}, and each profile is locked by its batch.
 *
 * <p>Rules (docs/accounts.md): a Segment group call links its user to the account of its groupId,
 * always (the latest group call wins); a company e-mail domain links to the account of the domain; a
 * company name trait to the account of the name (the company's country, when given, keeps equal names
 * in different countries apart). A profile moves to another account only on stronger evidence than
 * the link it has (group over domain over name). A signal whose keys are unknown makes a new account,
 * and every key a signal carries is added to the account it resolved to, unless another account holds it.
 */
public final class AccountLinker {

    private final FreeMailDomains freeMail;
    private final boolean enabled;

    private AccountLinker(FreeMailDomains freeMail, boolean enabled) {
        this.freeMail = Objects.requireNonNull(freeMail, "freeMail");
        this.enabled = enabled;
    }

    public static AccountLinker of(FreeMailDomains freeMail) {
        return new AccountLinker(freeMail, true);
    }

    public static AccountLinker defaults() {
        return of(FreeMailDomains.builtIn());
    }

    /** Links nothing and leaves existing links as they are (merged profiles still hand theirs over). */
    public static AccountLinker disabled() {
        return new AccountLinker(FreeMailDomains.builtIn(), false);
    }

    /**
     * One resolved touchpoint.
     *
     * @param profileId   the live profile it was resolved to
     * @param identifiers its normalised identifiers
     */
    public record Resolved(UUID profileId, Touchpoint touchpoint, List<Identifier> identifiers) {
    }

    /**
     * Whether linking a touchpoint of this type reads its properties; every other part of a touchpoint the
     * linker reads (type, traits, identifiers) is always there.
     */
    public static boolean readsProperties(String touchpointType) {
        return AccountSignals.readsProperties(touchpointType);
    }

    /**
     * Hands the account links of merged profiles to their survivors: for merges made outside the identity
     * stage's batches (a reviewer's accept, an operator's merge). Must run in the merge's transaction.
     *
     * @param mergedAway merged profile id to the id of the live profile it was merged into
     */
    public static void followMerges(JdbcTemplate jdbc, Map<UUID, UUID> mergedAway) {
        if (!mergedAway.isEmpty()) {
            AccountLinks.followMerges(jdbc, mergedAway);
        }
    }

    /**
     * Links the batch's profiles to their accounts, after handing the links of profiles merged away to
     * their survivors. Must run in the transaction that resolved the batch.
     *
     * @param mergedAway merged profile id to the id of the live profile it was merged into
     * @return the profiles whose account changed (their read model needs refreshing)
     */
    public Set<UUID> link(JdbcTemplate jdbc, List<Resolved> batch, Map<UUID, UUID> mergedAway) {
        if (!mergedAway.isEmpty()) {
            AccountLinks.followMerges(jdbc, mergedAway);
        }
        if (!enabled) {
            return Set.of();
        }
        Map<UUID, List<AccountSignals>> signals = new LinkedHashMap<>();
        for (Resolved resolved : batch) {
            AccountSignals s = AccountSignals.of(resolved.touchpoint(), resolved.identifiers(), freeMail);
            if (!s.isEmpty()) {
                signals.computeIfAbsent(resolved.profileId(), k -> new ArrayList<>()).add(s);
            }
        }
        return signals.isEmpty() ? Set.of() : new AccountBatch(jdbc).link(signals);
    }
}
