package io.touchpointhub.routes.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True unless {@code hub.search.uris} names an external Elasticsearch cluster. */
class EmbeddedSearchCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String uris = context.getEnvironment().getProperty("hub.search.uris");
        String first = context.getEnvironment().getProperty("hub.search.uris[0]");
        return (uris == null || uris.isBlank()) && (first == null || first.isBlank());
    }
}
