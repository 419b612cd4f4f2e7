package io.touchpointhub.connectors.marketplace.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

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

/** Shopify's documented {@code orders/create} example through the order mapper. */
class ShopifyOrderMapperTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final ShopifyOrderMapper mapper = new ShopifyOrderMapper(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void mapsAnOrderCreatedToOneOrderTouchpointKeyedByItsEvent() {
        Touchpoint order = mapOne(ShopifyPayloads.ordersCreate());

        assertThat(mapper.format()).isEqualTo("shopify-order");
        assertThat(order.key()).isEqualTo(new TouchpointKey(Channel.MARKETPLACE, ShopifyPayloads.SHOP,
                "orders/create:event:" + ShopifyPayloads.EVENT_ID));
        assertThat(order.type()).isEqualTo("order");
        assertThat(order.name()).isEqualTo("Order Created");
        assertThat(order.occurredAt()).isEqualTo(Instant.parse("2022-04-06T12:09:03Z"));
        assertThat(order.receivedAt()).isEqualTo(NOW);
    }

    @Test
    void carriesTheRevenueAsExactDecimalsInTheShopsCurrency() {
        Map<String, Object> properties = mapOne(ShopifyPayloads.ordersCreate()).properties();

        assertThat(properties).containsEntry("revenue", "403.00")
                .containsEntry("amount", "403.00")
                .containsEntry("currency", "USD")
                .containsEntry("subtotal", "393.00")
                .containsEntry("tax", "0.00")
                .containsEntry("discounts", "5.00")
                .containsEntry("shipping", "10.00");
    }

    @Test
    void carriesTheOrdersNumberStatusAndIds() {
        Map<String, Object> properties = mapOne(ShopifyPayloads.ordersCreate()).properties();

        assertThat(properties).containsEntry("orderId", "820982911946154508")
                .containsEntry("orderNumber", 1234)
                .containsEntry("orderName", "#9999")
                .containsEntry("financialStatus", "voided")
                .containsEntry("fulfillmentStatus", "pending")
                .containsEntry("cancelReason", "customer")
                .containsEntry("customerId", "115310627314723954")
                .containsEntry("test", true);
    }

    @Test
    void listsTheLineItemsWithTheirProductAndPrice() {
        List<?> lines = (List<?>) mapOne(ShopifyPayloads.ordersCreate()).properties().get("lineItems");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo(Map.of(
                "title", "IPod Nano - 8GB",
                "sku", "IPOD2008PINK",
                "productId", "632910392",
                "variantId", "808950810",
                "quantity", 1,
                "price", "199.00"));
    }

    @Test
    void identifiesTheBuyerByOrderEmailCustomerEmailAndShopifyCustomerId() {
        Touchpoint order = mapOne(ShopifyPayloads.ordersCreate());

        assertThat(order.identifiers()).containsExactly(
                Identifier.of(IdentifierType.EMAIL, "jon@doe.ca"),
                Identifier.of(IdentifierType.EMAIL, "john@test.com"),
                Identifier.of(IdentifierType.EXTERNAL_ID, "shopify:acme:115310627314723954"));
    }

    @Test
    void identifiesByPhoneWhenTheOrderOrCustomerHasOne() {
        String body = ShopifyPayloads.body("orders-create.json")
                .replace("\"phone\": null,\n  \"customer_locale\"", "\"phone\": \"+1 613 555 0123\",\n  \"customer_locale\"");

        Touchpoint order = mapOne(ShopifyPayloads.envelope("orders/create", body));

        assertThat(order.identifiers()).contains(Identifier.of(IdentifierType.PHONE, "+1 613 555 0123"));
    }

    @Test
    void keepsTheBuyersNameAndAddressesAsTraitsNotAsIdentifiers() {
        Touchpoint order = mapOne(ShopifyPayloads.ordersCreate());

        assertThat(order.traits()).containsEntry("firstName", "John")
                .containsEntry("lastName", "Smith")
                .containsEntry("name", "John Smith")
                .containsEntry("acceptsMarketing", true);
        assertThat(order.traits().get("billingAddress")).isEqualTo(Map.ofEntries(
                Map.entry("name", "Bob Biller"), Map.entry("firstName", "Bob"), Map.entry("lastName", "Biller"),
                Map.entry("company", "My Company"), Map.entry("address1", "123 Billing Street"),
                Map.entry("city", "Billtown"), Map.entry("province", "Kentucky"), Map.entry("provinceCode", "KY"),
                Map.entry("zip", "K2P0B0"), Map.entry("country", "United States"), Map.entry("countryCode", "US"),
                Map.entry("phone", "555-555-BILL")));
        assertThat(order.traits().get("shippingAddress")).asInstanceOf(MAP)
                .containsEntry("address1", "123 Shipping Street");
        assertThat(order.traits().get("address")).asInstanceOf(MAP)
                .containsEntry("city", "Ottawa").doesNotContainKey("name");
        assertThat(order.identifiers()).extracting(Identifier::type).doesNotContain(IdentifierType.PHONE);
    }

    @Test
    void recordsTheDeliveryInTheContext() {
        Touchpoint order = mapOne(ShopifyPayloads.ordersCreate());

        assertThat(order.context()).containsEntry("topic", "orders/create")
                .containsEntry("webhookId", ShopifyPayloads.WEBHOOK_ID)
                .containsEntry("eventId", ShopifyPayloads.EVENT_ID)
                .containsEntry("shopDomain", ShopifyPayloads.SHOP_DOMAIN)
                .containsEntry("apiVersion", ShopifyPayloads.API_VERSION)
                .containsEntry("locale", "en");
    }

    @Test
    void anOrderUpdateHappensAtItsUpdateTimeAndCarriesNoRevenueToCountTwice() {
        String body = ShopifyPayloads.body("orders-create.json")
                .replace("\"updated_at\": \"2022-04-06T08:09:03-04:00\"", "\"updated_at\": \"2022-04-07T10:00:00-04:00\"");

        Touchpoint update = mapOne(ShopifyPayloads.envelope("orders/updated", body));

        assertThat(update.name()).isEqualTo("Order Updated");
        assertThat(update.occurredAt()).isEqualTo(Instant.parse("2022-04-07T14:00:00Z"));
        assertThat(update.properties()).containsEntry("amount", "403.00").containsEntry("currency", "USD")
                .doesNotContainKey("revenue");
    }

    @Test
    void anOrderWithoutItsOwnTimeHappensWhenShopifyTriggeredTheDelivery() {
        String body = "{\"id\": 1, \"total_price\": \"1.00\", \"currency\": \"EUR\"}";

        Touchpoint order = mapOne(ShopifyPayloads.envelope("orders/create", body));

        assertThat(order.occurredAt()).isEqualTo(Instant.parse(ShopifyPayloads.TRIGGERED_AT));
        assertThat(order.identifiers()).isEmpty();
        assertThat(order.properties()).containsEntry("lineItems", List.of());
    }

    @Test
    void mapsTheSamePayloadTheSameWayEveryTime() {
        String payload = ShopifyPayloads.ordersCreate();

        assertThat(mapOne(payload)).usingRecursiveComparison().isEqualTo(mapOne(payload));
    }

    @Test
    void rejectsAMalformedBodyNamingTheBody() {
        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("orders/create", "{\"id\": 1,")))
                .isInstanceOf(InvalidTouchpointException.class)
                .extracting(e -> ((InvalidTouchpointException) e).field()).isEqualTo("body");
    }

    @Test
    void rejectsATotalPriceThatIsNotADecimalWithoutQuotingIt() {
        String body = "{\"id\": 1, \"total_price\": \"four hundred\"}";

        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("orders/create", body)))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("body.total_price: must be a decimal amount such as \"19.99\"");
    }

    @Test
    void rejectsALineItemPriceThatIsNotADecimalNamingTheLine() {
        String body = "{\"id\": 1, \"line_items\": [{\"title\": \"a\"}, {\"title\": \"b\", \"price\": \"x\"}]}";

        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("orders/create", body)))
                .isInstanceOf(InvalidTouchpointException.class)
                .extracting(e -> ((InvalidTouchpointException) e).field()).isEqualTo("body.line_items[1].price");
    }

    @Test
    void rejectsAnOrderWithoutId() {
        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("orders/create", "{\"email\": \"a@b.c\"}")))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("body.id: is required");
    }

    @Test
    void rejectsATopicThatIsNotAnOrders() {
        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.customersCreate()))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("topic: must be one of orders/create, orders/updated");
    }

    @Test
    void rejectsAnUnreadableTime() {
        String body = "{\"id\": 1, \"created_at\": \"yesterday\"}";

        assertThatThrownBy(() -> mapper.map("acme", ShopifyPayloads.envelope("orders/create", body)))
                .isInstanceOf(InvalidTouchpointException.class)
                .hasMessage("body.created_at: must be an ISO-8601 time with an offset");
    }

    private Touchpoint mapOne(String payload) {
        List<Touchpoint> touchpoints = mapper.map(ShopifyPayloads.SHOP, payload);
        assertThat(touchpoints).hasSize(1);
        return touchpoints.get(0);
    }
}
