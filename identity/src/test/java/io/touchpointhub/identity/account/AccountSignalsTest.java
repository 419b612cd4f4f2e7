package io.touchpointhub.identity.account;

import static io.touchpointhub.identity.support.Touchpoints.email;
import static io.touchpointhub.identity.support.Touchpoints.touchpoint;
import static io.touchpointhub.identity.support.Touchpoints.withTraits;
import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountSignalsTest {

    private final FreeMailDomains freeMail = FreeMailDomains.builtIn();

    @Test
    void segmentCompanyTraitGivesNameGroupIdWebsiteAndCountry() {
        Touchpoint identify = withTraits(touchpoint(), Map.of("company", Map.of("id", 42, "name", "Acme Ltd",
                "website", "www.acme.co.uk", "address", Map.of("country", "UK"))));

        AccountSignals s = AccountSignals.of(identify, List.of(), freeMail);

        assertThat(s.groupId()).isEqualTo("42");
        assertThat(s.names()).containsExactly("Acme Ltd");
        assertThat(s.domains()).containsExactly("acme.co.uk");
        assertThat(s.country()).isEqualTo("gb");
        assertThat(s.rank()).isEqualTo(AccountSignals.GROUP);
    }

    @Test
    void flatCompanyNameTraitsAndCompanyEmailsAreRead() {
        Touchpoint identify = withTraits(touchpoint(), Map.of("company.name", "Initech", "organization", "Initech Corp"));

        AccountSignals s = AccountSignals.of(identify, List.of(normalised("bo@initech.io"), normalised("bo@gmail.com")),
                freeMail);

        assertThat(s.names()).containsExactly("Initech", "Initech Corp");
        assertThat(s.domains()).containsExactly("initech.io");
        assertThat(s.rank()).isEqualTo(AccountSignals.DOMAIN);
        assertThat(s.groupId()).isNull();
    }

    @Test
    void aTouchpointWithOnlyFreeMailSaysNothing() {
        assertThat(AccountSignals.of(touchpoint(email("x@gmail.com")), List.of(normalised("x@gmail.com")), freeMail)
                .isEmpty()).isTrue();
    }

    private static Identifier normalised(String email) {
        return new Identifier(IdentifierType.EMAIL, email);
    }
}
