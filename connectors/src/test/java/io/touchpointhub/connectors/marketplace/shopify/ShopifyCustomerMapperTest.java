package io.touchpointhub.connectors.marketplace.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.connectors.InvalidTouchpointException;
import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Shopify's documented {@code customers/create} example through the customer mapper. */
class ShopifyCustomerMapperTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final ShopifyCustomerMapper mapper = new ShopifyCustomerMapper(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsACustomerCreatedToOneCustomerTouchpoint() {
        Touchpoint customer = mapOne(ShopifyPayloads.customersCreate());

        assertThat(mapper.format()).isEqualTo("shopify-customer");
        assertThat(customer.key()).isEqualTo(new TouchpointKey(Channel.MARKETPLACE, ShopifyPayloads.SHOP,
                "customers/create:event:" + ShopifyPayloads.EVENT_ID));
        assertThat(customer.type()).isEqualTo("customer");
        assertThat(customer.name()).isEqualTo("Customer Created");
        assertThat(customer.occurredAt()).isEqualTo(Instant.parse("2022-01-01T00:00:00Z"));
        assertThat(customer.text()).isNull();
    }

    @Test
    void identifiesTheCustomerByEmailAndShopifyId() {
        Touchpoint customer = mapOne(ShopifyPayloads.customersCreate());

        assertThat(customer.identifiers()).containsExactly(
                Identifier.of(IdentifierType.EMAIL, "bob@biller.com"),
                Identifier.of(IdentifierType.EXTERNAL_ID, "shopify:acme:706405506930370084"));
    }

    @Test
    void identifiesByPhoneRawWhenTheCustomerHasOne() {
        String body = ShopifyPayloads.body("customers-create.json").replace("\"phone\": null", "\"phone\": \"+16135550135\"");

        Touchpoint customer = mapOne(ShopifyPayloads.envelope("customers/update", body));

        assertThat(customer.identifiers()).contains(Identifier.of(IdentifierType.PHONE, "+16135550135"));
        assertThat(customer.name()).isEqualTo("Customer Updated");
    }

    @Test
    void keepsNameAndMarketingConsentAsTraits() {
        Touchpoint customer = mapOne(ShopifyPayloads.customersCreate());

        assertThat(customer.traits()).containsEntry("firstName", "Bob")
                .containsEntry("lastName", "Biller")
                .containsEntry("name", "Bob Biller")
                .containsEntry("acceptsMarketing", true)
                .containsEntry("verifiedEmail", true)
                .containsEntry("state", "disabled")
                .doesNotContainKeys("address", "tags", "email");
        assertThat(customer.properties()).containsEntry("customerId", "706405506930370084")
                .containsEntry("ordersCount", 0)
                .containsEntry("totalSpent", "0.00");
    }

    @Test
    void takesTheDefaultAddressAsTheAddressTrait() {
        String body = ShopifyPayloads.body("customers-create.json").replace("\"addresses\": [],", """
                "addresses": [],
                "default_address": {"address1": "123 Elm St.", "city": "Ottawa", "province": "Ontario",
                  "country": "Canada", "zip": "K2H7A8", "phone": "123-123-1234", "name": "",
                  "province_code": "ON", "country_code": "CA", "default": true},""");

        Touchpoint customer = mapOne(ShopifyPayloads.envelope("customers/update", body));

        assertThat(customer.traits().get("address")).isEqualTo(Map.of("address1", "123 Elm St.", "city", "Ottawa",
                "province", "Ontario", "provinceCode", "ON", "zip", "K2H7A8", "country", "Canada",
                "countryCode", "CA", "phone", "123-123-1234"));
    }

    @Test
    void readsMarketingConsentFromNewerApiVersionsWithoutAcceptsMarketing() {
        String body = """
                {"id": 7, "email": "ana@example.com", "updated_at": "2024-02-01T09:00:00+01:00",
                 "email_marketing_consent": {"state": "subscribed", "opt_in_level": "single_opt_in"},
                 "sms_marketing_consent": {"state": "not_subscribed"}}""";

        Touchpoint customer = mapOne(ShopifyPayloads.envelope("customers/update", body));

        assertThat(customer.traits()).containsEntry("acceptsMarketing", true)
                .containsEntry("emailMarketingConsent", "subscribed")
                .containsEntry("smsMarketingConsent", "not_subscribed");
        assertThat(customer.occurredAt()).isEqualTo(Instant.parse("2024-02-01T08:00:00Z"));
    }

    @Test
    void aCustomerWithoutCreationTimeHappensWhenShopifyTriggeredTheDelivery() {
        String body = ShopifyPayloads.body("customers-create.json")
                .replace("\"created_at\": \"2021-12-31T19:00:00-05:00\"", "\"created_at\": null");

        assertThat(mapOne(ShopifyPayloads.envelope("customers/create", body)).occurredAt())
                .isEqualTo(Instant.parse(ShopifyPayloads.TRIGGERED_AT));
    }

    @Test
    void rejectsACustomerWithoutId() {
        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("customers/create", "{\"email\": \"a@b.c\"}")))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("body.id: is required");
    }

    @Test
    void rejectsAnOrderTopic() {
        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.ordersCreate()))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("topic: must be one of customers/create, customers/update");
    }

    private Touchpoint mapOne(String payload) {
        List<Touchpoint> touchpoints = mapper.map(ShopifyPayloads.SHOP, payload);
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
