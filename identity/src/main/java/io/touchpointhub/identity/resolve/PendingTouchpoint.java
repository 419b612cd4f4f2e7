package io.touchpointhub.identity.resolve;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.Touchpoint;
import java.util.List;

/**
 * A claimed touchpoint with its identifiers normalised and judged against the blocklist.
 *
 * @param identifiers distinct normalised identifiers; invalid ones are gone
 */
record PendingTouchpoint(long id, Touchpoint touchpoint, List<Normalised> identifiers) {

    /** @param blocked junk by the rules: recorded on the profile, never used to link */
    record Normalised(Identifier identifier, boolean blocked) {
    }

    List<Identifier> matchable() {
        return identifiers.stream().filter(n -> !n.blocked()).map(Normalised::identifier).toList();
    }
}
