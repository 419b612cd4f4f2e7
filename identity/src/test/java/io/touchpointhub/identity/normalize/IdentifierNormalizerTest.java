package io.touchpointhub.identity.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierNormalizerTest {

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer("GB");

    @Test
    void trimsAndLowerCasesEmail() {
        assertThat(normalizer.normalize(id(IdentifierType.EMAIL, "  Ana.Lima@Example.COM ")))
                .contains(id(IdentifierType.EMAIL, "ana.lima@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not-an-email", "ana@", "@example.com", "ana@localhost", "a@b@c.com"})
    void rejectsWhatDoesNotLookLikeAnEmail(String value) {
        assertThat(normalizer.normalize(id(IdentifierType.EMAIL, value))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "020 7946 0958", "(020) 7946-0958", "0044 20 7946 0958",
            "+442079460958"})
    void normalisesPhonesTypedAnyCommonWayToE164(String value) {
        assertThat(normalizer.normalize(id(IdentifierType.PHONE, value)))
                .contains(id(IdentifierType.PHONE, "+442079460958"));
    }

    @Test
    void usesTheDefaultRegionOnlyForNationalNumbers() {
        IdentifierNormalizer us = new IdentifierNormalizer("US");

        assertThat(us.normalize(id(IdentifierType.PHONE, "(650) 253-0000")))
                .contains(id(IdentifierType.PHONE, "+16502530000"));
        assertThat(us.normalize(id(IdentifierType.PHONE, "+44 20 7946 0958")))
                .contains(id(IdentifierType.PHONE, "+442079460958"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "0000000000", "not a phone", "+44 123"})
    void rejectsInvalidPhones(String value) {
        assertThat(normalizer.normalize(id(IdentifierType.PHONE, value))).isEmpty();
    }

    @Test
    void trimsUserAndAnonymousIdsButKeepsTheirCase() {
        assertThat(normalizer.normalize(id(IdentifierType.USER_ID, " U-42 "))).contains(id(IdentifierType.USER_ID, "U-42"));
        assertThat(normalizer.normalize(id(IdentifierType.ANONYMOUS_ID, "\tAbC\n")))
                .contains(id(IdentifierType.ANONYMOUS_ID, "AbC"));
    }

    @Test
    void lowerCasesTheSystemOfAnExternalIdOnly() {
        assertThat(normalizer.normalize(id(IdentifierType.EXTERNAL_ID, " HubSpot_ID : AbC123 ")))
                .contains(id(IdentifierType.EXTERNAL_ID, "hubspot_id:AbC123"));
        assertThat(normalizer.normalize(id(IdentifierType.EXTERNAL_ID, "no-system"))).isEmpty();
        assertThat(normalizer.normalize(id(IdentifierType.EXTERNAL_ID, "crm:"))).isEmpty();
    }

    @Test
    void lowerCasesHandles() {
        assertThat(normalizer.normalize(id(IdentifierType.HANDLE, " Mastodon:@Ana@Example.Social ")))
                .contains(id(IdentifierType.HANDLE, "mastodon:@ana@example.social"));
    }

    @Test
    void rejectsValuesTooLongToBeIdentifiers() {
        assertThat(normalizer.normalize(id(IdentifierType.USER_ID, "x".repeat(10_000)))).isEmpty();
    }

    @Test
    void interpretsAnEmailTypedWithCapitalsAndSpacesAsThatEmail() {
        assertThat(normalizer.interpret("  Ana.Lima @Example.com "))
                .containsExactly(id(IdentifierType.EMAIL, "ana.lima@example.com"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+44 20 7946 0958", "(020) 7946-0958", "0044 20 7946 0958", "020.7946.0958"})
    void interpretsAPhoneTypedAnyCommonWayAsThatPhone(String query) {
        assertThat(normalizer.interpret(query)).containsExactly(id(IdentifierType.PHONE, "+442079460958"));
    }

    @Test
    void interpretsAnythingElseAsIdsAsTyped() {
        assertThat(normalizer.interpret(" u-42 ")).containsExactly(
                id(IdentifierType.USER_ID, "u-42"), id(IdentifierType.ANONYMOUS_ID, "u-42"));
        assertThat(normalizer.interpret("HubSpot:123")).containsExactly(
                id(IdentifierType.USER_ID, "HubSpot:123"), id(IdentifierType.ANONYMOUS_ID, "HubSpot:123"),
                id(IdentifierType.EXTERNAL_ID, "hubspot:123"), id(IdentifierType.HANDLE, "hubspot:123"));
    }

    @Test
    void interpretsABlankQueryAsNothing() {
        assertThat(normalizer.interpret("   ")).isEmpty();
    }

    private static Identifier id(IdentifierType type, String value) {
        return Identifier.of(type, value);
    }
}
