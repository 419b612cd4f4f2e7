package io.touchpointhub.search;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.ProfileId;
import io.touchpointhub.model.ProfileIdentifier;
import io.touchpointhub.model.ResolvedTouchpoint;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Model records for tests, with sensible defaults. */
public final class Fixtures {

    public static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    private Fixtures() {
    }

    public static Identifier email(String value) {
        return Identifier.of(IdentifierType.EMAIL, value);
    }

    public static Identifier phone(String value) {
        return Identifier.of(IdentifierType.PHONE, value);
    }

    public static CustomerProfile profile(ProfileId id, String name, Identifier... identifiers) {
        return profile(id, name, List.of(), identifiers);
    }

    public static CustomerProfile profile(ProfileId id, String name, List<ProfileId> mergedIds,
                                          Identifier... identifiers) {
        List<ProfileIdentifier> known = new ArrayList<>();
        for (Identifier identifier : identifiers) {
            known.add(new ProfileIdentifier(identifier, Set.of("web-shop"), T0, T0.plusSeconds(3600), true));
        }
        return new CustomerProfile(id, known, List.of(name), Map.of(Channel.WEB, 2L, Channel.EMAIL, 1L),
                Set.of("web-shop", "support-inbox"), T0, T0.plusSeconds(3600), mergedIds,
                Map.of("plan", "gold"));
    }

    public static ResolvedTouchpoint touchpoint(long id, ProfileId profileId, Instant occurredAt) {
        Touchpoint touchpoint = new Touchpoint(
                new TouchpointKey(Channel.WEB, "web-shop", "msg-" + id),
                "track", "Order Completed", occurredAt, occurredAt.plusSeconds(1),
                List.of(), Map.of(), Map.of("revenue", 42.5), Map.of("locale", "de-DE"),
                "great service, fast delivery");
        return new ResolvedTouchpoint(id, profileId, touchpoint);
    }
}
