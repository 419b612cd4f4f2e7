package io.touchpointhub.routes.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/** Start-up checks of the Shopify configuration, bound as the application binds it. */
class ShopifyPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Bound.class);

    @Test
    void anEnabledShopWithoutSecretStopsTheStartUpNamingTheProperty() {
        context.withPropertyValues("hub.marketplace.shopify.shops.main.shop-domain=main.myshopify.com")
                .run(started -> {
                    assertThat(started).hasFailed();
                    assertThat(started.getStartupFailure()).rootCause()
                            .hasMessageContaining("hub.marketplace.shopify.shops.main.webhook-secret must be set")
                            .hasMessageContaining("HUB_SHOPIFY_MAIN_SECRET");
                });
    }

    @Test
    void aBlankSecretIsNoSecret() {
        context.withPropertyValues("hub.marketplace.shopify.shops.eu-store.webhook-secret= ")
                .run(started -> assertThat(started.getStartupFailure()).rootCause()
                        .hasMessageContaining("hub.marketplace.shopify.shops.eu-store.webhook-secret must be set")
                        .hasMessageContaining("HUB_SHOPIFY_EU_STORE_SECRET"));
    }

    @Test
    void aDisabledShopNeedsNoSecretAndAcceptsNothing() {
        context.withPropertyValues("hub.marketplace.shopify.shops.main.enabled=false")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(ShopifyProperties.class).enabledShop("main")).isEmpty();
                });
    }

    @Test
    void noShopsByDefaultAndABodyLimitOfOneMegabyte() {
        context.run(started -> {
            ShopifyProperties properties = started.getBean(ShopifyProperties.class);
            assertThat(properties.shops()).isEmpty();
            assertThat(properties.maxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
        });
    }

    @Test
    void neverPrintsASecret() {
        context.withPropertyValues("hub.marketplace.shopify.shops.main.webhook-secret=shpss_very_secret")
                .run(started -> {
                    ShopifyProperties properties = started.getBean(ShopifyProperties.class);
                    assertThat(properties.enabledShop("main")).isPresent();
                    assertThat(properties.toString()).contains("main").doesNotContain("shpss_very_secret");
                    assertThat(properties.shops().get("main").toString()).doesNotContain("shpss_very_secret");
                });
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ShopifyProperties.class)
    static class Bound {
    }
}
