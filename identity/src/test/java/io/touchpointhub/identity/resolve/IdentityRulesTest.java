package io.touchpointhub.identity.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityRulesTest {

    private final IdentityRules rules = IdentityRules.defaults();

    @ParameterizedTest
    @CsvSource({"EMAIL, test@test.com", "EMAIL, test@example.com",
            "EMAIL, noreply@shop.com", "PHONE, +447777777777", "PHONE, 0000000000", "USER_ID, anonymous",
            "USER_ID, Undefined", "ANONYMOUS_ID, null", "USER_ID, n/a", "EXTERNAL_ID, crm:none"})
    void blocksJunkValues(IdentifierType type, String value) {
        assertThat(rules.isBlocked(Identifier.of(type, value))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"EMAIL, ana@mail.org", "EMAIL, ana@example.org", "PHONE, +442079460958", "USER_ID, u-42", "EXTERNAL_ID, crm:123"})
    void letsRealValuesThrough(IdentifierType type, String value) {
        assertThat(rules.isBlocked(Identifier.of(type, value))).isFalse();
    }
}
