package io.touchpointhub.routes.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Shopify's documented example payloads ({@code src/test/resources/shopify}) with their people made
 * distinct per use. Every example names the same John Smith, Bob Biller and Steve Shipper at the same
 * addresses and phones; in the one hub context all integration tests share, the probabilistic matcher
 * rightly takes them for one person, which would merge the customers of unrelated tests.
 */
public final class ShopifyFixtures {

    private static final String[] PEOPLE_AND_PLACES = {"John", "Smith", "Bob", "Biller", "Steve", "Shipper",
            "123 Elm St.", "123 Billing Street", "123 Shipping Street", "123-123-1234", "555-555-BILL",
            "555-555-SHIP", "555-625-1199", "K2H7A8", "K2P0B0", "40003"};

    private ShopifyFixtures() {
    }

    /** The file under {@code /shopify/} with every name, street, phone and postcode replaced by fresh ones. */
    public static String withDistinctPeople(String file) {
        String json = resource(file);
        Map<String, String> fresh = new LinkedHashMap<>();
        for (String value : PEOPLE_AND_PLACES) {
            fresh.put(value, freshLike(value));
        }
        for (Map.Entry<String, String> e : fresh.entrySet()) {
            json = json.replace(e.getKey(), e.getValue());
        }
        return json;
    }

    /* Digits for digits, letters for letters: phones, postcodes and names keep their shape. */
    private static String freshLike(String value) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + random.nextInt(10)));
            } else if (Character.isUpperCase(c)) {
                out.append((char) ('A' + random.nextInt(26)));
            } else if (Character.isLowerCase(c)) {
                out.append((char) ('a' + random.nextInt(26)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String resource(String file) {
        try (InputStream in = ShopifyFixtures.class.getResourceAsStream("/shopify/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
