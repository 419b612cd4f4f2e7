package io.touchpointhub.identity.resolve;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.on;
import static io.touchpointhub.identity.support.Touchpoints.phone;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.profile.ProfileSummary;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.support.Json;
import io.touchpointhub.identity.support.PostgresIT;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.CustomerProfile;
import io.touchpointhub.model.GoldenAttribute;
import io.touchpointhub.model.Touchpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The golden record as the identity stage keeps it: candidates in the summary, chosen on read. */
class GoldenRecordIT extends PostgresIT {

    private final TouchpointLog log = new TouchpointLog(dataSource());
    private final IdentityStage stage = new IdentityStage(dataSource());
    private final Survivorship survivorship = Survivorship.defaults();
    private final ProfileStore profiles = new ProfileStore(dataSource(), Json.defaultMapper(), survivorship);

    @Test
    void mergingTwoProfilesCombinesTheirCandidatesAsIfOneProfileHadSeenThemAll() {
        Touchpoint web = withTraits(on(Channel.WEB, "shop", email("jon@mail.org")),
                Map.of("name", "Jon Smith", "title", "Buyer"));
        Touchpoint crm = withTraits(on(Channel.IMPORT, "legacy-crm", phone("+44 20 7946 0958")),
                Map.of("firstName", "John", "lastName", "Smith"));
        Touchpoint link = withTraits(on(Channel.WEB, "shop", email("jon@mail.org"), phone("020 7946 0958")),
                Map.of("name", "Jon Smith"));
        long first = resolve(web);
        long second = resolve(crm);
        assertThat(profileOf(first)).isNotEqualTo(profileOf(second));

        resolve(link);

        CustomerProfile merged = profiles.find(profileOf(first)).orElseThrow();
        GoldenAttribute name = merged.attributes().get("name");
        assertThat(name.value()).isEqualTo("John Smith");
        assertThat(name.source()).isEqualTo("import:legacy-crm");
        assertThat(name.rule()).isEqualTo("source-priority");
        assertThat(name.alternatives()).singleElement().satisfies(alt -> {
            assertThat(alt.value()).isEqualTo("Jon Smith");
            assertThat(alt.source()).isEqualTo("web:shop");
            assertThat(alt.count()).isEqualTo(2);
        });
        assertThat(merged.attributes()).containsKeys("firstName", "lastName", "title");
        assertThat(merged.attributes())
                .isEqualTo(survivorship.golden(ProfileSummary.of(List.of(link, crm, web)).attributes()));
    }

    @Test
    void aNewerValueReplacesAMostRecentAttributeAndALateOlderOneDoesNot() {
        Touchpoint buyer = withTraits(on(Channel.WEB, "shop", email("ana@mail.org")), Map.of("title", "Buyer"));
        Touchpoint head = withTraits(on(Channel.WEB, "shop", email("ana@mail.org")), Map.of("title", "Head of Buying"));
        long id = resolve(buyer);
        assertThat(title(id).value()).isEqualTo("Buyer");

        resolve(head);
        GoldenAttribute afterNewer = title(id);
        resolve(at(withTraits(on(Channel.IMPORT, "legacy-crm", email("ana@mail.org")), Map.of("title", "Intern")),
                buyer.occurredAt().minusSeconds(3600)));

        assertThat(afterNewer.value()).isEqualTo("Head of Buying");
        assertThat(afterNewer.updatedAt()).isEqualTo(head.occurredAt());
        assertThat(title(id).value()).isEqualTo("Head of Buying");
        assertThat(title(id).alternatives()).extracting(AttributeValue::value).containsExactly("Buyer", "Intern");
    }

    private GoldenAttribute title(long touchpointId) {
        return profiles.find(profileOf(touchpointId)).orElseThrow().attributes().get("title");
    }

    private static Touchpoint at(Touchpoint t, Instant occurredAt) {
        return new Touchpoint(t.key(), t.type(), t.name(), occurredAt, t.receivedAt(), t.identifiers(), t.traits(),
                t.properties(), t.context(), t.text());
    }

    private long resolve(Touchpoint touchpoint) {
        long id = log.appendAll(List.of(touchpoint)).get(0).id();
        drain(stage);
        return id;
    }
}
