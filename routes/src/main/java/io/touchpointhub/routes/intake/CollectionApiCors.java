package io.touchpointhub.routes.intake;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Browser libraries (analytics.js) send from the customer's own site, so the collection API answers
 * cross-origin requests from any origin, as Segment's does. The write key is public in a browser
 * anyway; it names the source, it does not protect data. Only {@code /v1/**}: the read and admin APIs
 * stay same-origin.
 */
@Configuration(proxyBeanMethods = false)
class CollectionApiCors implements WebMvcConfigurer {

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/v1/**")
                .allowedOriginPatterns("*")
                .allowedMethods("POST", "OPTIONS")
                .allowedHeaders("*")
                .maxAge(3600);
    }
}
