package io.touchpointhub.bench;

import static io.touchpointhub.bench.Vocabulary.pick;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds single Segment-spec messages with the properties real shops send (product ids, prices,
 * revenue, page context, app context), so the hub parses, stores and indexes documents of a realistic
 * size rather than empty shells.
 */
final class EventFactory {

    /** What a device knows about its person when it sends an event. */
    record Sender(String anonymousId, String userId, boolean mobile, int person) {
    }

    private record Product(String id, String sku, String name, String category, BigDecimal price) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int PRODUCTS = 500;

    private final Random random;
    private final long seed;
    private final List<Product> catalog = new ArrayList<>();
    private long messages;
    private long orders;

    EventFactory(Random random, long seed) {
        this.random = random;
        this.seed = seed;
        for (int i = 0; i < PRODUCTS; i++) {
            String category = pick(Vocabulary.CATEGORIES, random);
            BigDecimal price = BigDecimal.valueOf(499 + random.nextInt(29_500), 2);
            catalog.add(new Product("P-" + (10_000 + i), "SKU-" + Integer.toHexString(0xA000 + i * 7).toUpperCase(Locale.ROOT),
                    pick(Vocabulary.ADJECTIVES, random) + " " + category.substring(0, category.length() - 1) + " " + i,
                    category, price));
        }
    }

    ObjectNode page(Sender sender, Instant at) {
        ObjectNode message = base("page", sender, at);
        Product product = pick(catalog, random);
        String path = switch (random.nextInt(5)) {
            case 0 -> "/";
            case 1 -> "/c/" + product.category().toLowerCase(Locale.ROOT);
            case 2 -> "/cart";
            default -> "/p/" + product.id();
        };
        message.put("name", path.startsWith("/p/") ? product.name() : "Shop");
        ObjectNode properties = message.putObject("properties")
                .put("path", path).put("url", "https://shop.acme-retail.io" + path)
                .put("title", path.startsWith("/p/") ? product.name() + " | Acme" : "Acme Retail")
                .put("referrer", random.nextBoolean() ? "https://www.google.com/" : "");
        ((ObjectNode) message.get("context")).set("page", properties.deepCopy());
        return message;
    }

    ObjectNode screen(Sender sender, Instant at) {
        ObjectNode message = base("screen", sender, at);
        message.put("name", pick(Vocabulary.SCREENS, random));
        message.putObject("properties").put("product_id", pick(catalog, random).id());
        return message;
    }

    ObjectNode track(Sender sender, Instant at) {
        int dice = random.nextInt(100);
        if (dice < 40) {
            return product(sender, at, "Product Viewed", 1);
        }
        if (dice < 65) {
            return product(sender, at, "Product Added", 1 + random.nextInt(3));
        }
        if (dice < 75) {
            return order(sender, at, "Checkout Started");
        }
        if (dice < 85) {
            return order(sender, at, "Order Completed");
        }
        ObjectNode message = base("track", sender, at);
        message.put("event", pick(Vocabulary.PLAIN_EVENTS, random));
        message.putObject("properties").put("source", sender.mobile() ? "app" : "web");
        return message;
    }

    /** An order confirmed by the shop's back end: user id only, as server-side libraries send it. */
    ObjectNode serverOrder(Sender sender, Instant at) {
        ObjectNode message = order(new Sender(null, sender.userId(), false, sender.person()), at, "Order Completed");
        ((ObjectNode) message.get("context")).putObject("library").put("name", "analytics-java").put("version", "3.5.1");
        return message;
    }

    /** An identify; {@code email} and {@code phone} are as typed (or {@code null}), names always sent. */
    ObjectNode identify(Sender sender, Instant at, String first, String last, String email, String phone) {
        ObjectNode message = base("identify", sender, at);
        ObjectNode traits = message.putObject("traits").put("firstName", first).put("lastName", last)
                .put("name", first + " " + last);
        if (email != null) {
            traits.put("email", email);
        }
        if (phone != null) {
            traits.put("phone", phone);
        }
        if (sender.userId() != null) {
            traits.put("plan", random.nextInt(4) == 0 ? "premium" : "free")
                    .put("createdAt", at.minusSeconds(86_400L * random.nextInt(400)).toString());
        }
        return message;
    }

    private ObjectNode product(Sender sender, Instant at, String event, int quantity) {
        Product product = pick(catalog, random);
        ObjectNode message = base("track", sender, at);
        message.put("event", event);
        message.putObject("properties").put("product_id", product.id()).put("sku", product.sku())
                .put("name", product.name()).put("category", product.category())
                .put("price", product.price()).put("quantity", quantity)
                .put("currency", pick(Vocabulary.CURRENCIES, random));
        return message;
    }

    private ObjectNode order(Sender sender, Instant at, String event) {
        ObjectNode message = base("track", sender, at);
        message.put("event", event);
        ArrayNode products = JSON.arrayNode();
        BigDecimal revenue = BigDecimal.ZERO;
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Product product = pick(catalog, random);
            int quantity = 1 + random.nextInt(2);
            products.addObject().put("product_id", product.id()).put("sku", product.sku())
                    .put("price", product.price()).put("quantity", quantity);
            revenue = revenue.add(product.price().multiply(BigDecimal.valueOf(quantity)));
        }
        ObjectNode properties = message.putObject("properties")
                .put("order_id", "O-" + seed + "-" + (++orders))
                .put("revenue", revenue.setScale(2, RoundingMode.HALF_UP))
                .put("currency", pick(Vocabulary.CURRENCIES, random));
        properties.set("products", products);
        return message;
    }

    private ObjectNode base(String type, Sender sender, Instant at) {
        ObjectNode message = JSON.objectNode();
        message.put("type", type);
        // unique per event within a run; each run starts on an empty hub, so runs may reuse them
        message.put("messageId", "bench-" + seed + "-" + (++messages));
        if (sender.anonymousId() != null) {
            message.put("anonymousId", sender.anonymousId());
        }
        if (sender.userId() != null) {
            message.put("userId", sender.userId());
        }
        message.put("timestamp", at.toString());
        ObjectNode context = message.putObject("context");
        context.put("ip", "203.0.113." + (sender.person() % 250 + 1))
                .put("locale", Vocabulary.LOCALES.get(sender.person() % Vocabulary.LOCALES.size()));
        if (sender.mobile()) {
            context.putObject("app").put("name", "Acme").put("version", "5.2.0").put("build", "520");
            context.putObject("device").put("model", Vocabulary.MOBILE_MODELS.get(sender.person() % 4))
                    .put("type", sender.person() % 2 == 0 ? "ios" : "android");
            context.putObject("library").put("name", "analytics-ios").put("version", "4.1.8");
        } else {
            context.put("userAgent", Vocabulary.USER_AGENTS.get(sender.person() % Vocabulary.USER_AGENTS.size()));
            context.putObject("library").put("name", "analytics.js").put("version", "5.2.0");
        }
        return message;
    }
}
