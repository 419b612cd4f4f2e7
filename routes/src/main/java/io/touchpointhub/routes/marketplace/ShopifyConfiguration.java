package io.touchpointhub.routes.marketplace;

import io.touchpointhub.connectors.marketplace.shopify.ShopifyCustomerMapper;
import io.touchpointhub.connectors.marketplace.shopify.ShopifyOrderMapper;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Shopify payload mappers, registered even when no shop is configured so that dead letters of a
 * shop since removed can still be replayed.
 */
@Configuration(proxyBeanMethods = false)
class ShopifyConfiguration {

    @Bean
    ShopifyOrderMapper shopifyOrderMapper(Clock clock) {
        return new ShopifyOrderMapper(clock);
    }

    @Bean
    ShopifyCustomerMapper shopifyCustomerMapper(Clock clock) {
        return new ShopifyCustomerMapper(clock);
    }
}
