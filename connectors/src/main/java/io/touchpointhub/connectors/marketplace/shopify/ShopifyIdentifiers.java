package io.touchpointhub.connectors.marketplace.shopify;

import io.touchpointhub.model.Identifier;
import io.touchpointhub.model.IdentifierType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects a touchpoint's identifiers, raw (the identity stage normalises them), each once. A Shopify
 * customer id becomes {@code EXTERNAL_ID shopify:<shop>:<id>}, where the shop is the configured source
 * name: ids are only meaningful within their shop.
 */
final class ShopifyIdentifiers {

    static final String SYSTEM = "shopify";

    private final String source;
    private final Set<Identifier> identifiers = new LinkedHashSet<>();

    ShopifyIdentifiers(String source) {
        this.source = source;
    }

    ShopifyIdentifiers email(String email) {
        return add(IdentifierType.EMAIL, email);
    }

    ShopifyIdentifiers phone(String phone) {
        return add(IdentifierType.PHONE, phone);
    }

    ShopifyIdentifiers customerId(String customerId) {
        return customerId == null ? this : add(IdentifierType.EXTERNAL_ID, externalId(source, customerId));
    }

    List<Identifier> toList() {
        return List.copyOf(identifiers);
    }

    /** The {@code EXTERNAL_ID} value of a Shopify customer of a configured shop. */
    static String externalId(String source, String customerId) {
        return SYSTEM + ":" + source + ":" + customerId;
    }

    private ShopifyIdentifiers add(IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            identifiers.add(Identifier.of(type, value.trim()));
        }
        return this;
    }
}
