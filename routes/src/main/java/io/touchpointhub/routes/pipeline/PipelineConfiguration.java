package io.touchpointhub.routes.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.account.AccountLinker;
import io.touchpointhub.identity.matching.MatchingSettings;
import io.touchpointhub.identity.matching.ModelTraining;
import io.touchpointhub.identity.normalize.IdentifierNormalizer;
import io.touchpointhub.identity.pipeline.DeadLetters;
import io.touchpointhub.identity.pipeline.IndexStage;
import io.touchpointhub.identity.pipeline.PipelineBacklog;
import io.touchpointhub.identity.pipeline.RetryPolicy;
import io.touchpointhub.identity.profile.ProfileStore;
import io.touchpointhub.identity.resolve.IdentityRules;
import io.touchpointhub.identity.resolve.IdentityStage;
import io.touchpointhub.identity.store.TouchpointLog;
import io.touchpointhub.identity.undo.ProfileEdits;
import io.touchpointhub.identity.survivorship.Survivorship;
import io.touchpointhub.model.IdentifierType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The system-of-record services of module {@code identity}, configured from {@code hub.identity} and {@code hub.pipeline}. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    IdentityRules identityRules(IdentityProperties properties) {
        IdentityRules defaults = IdentityRules.defaults();
        Set<String> blocked = new HashSet<>(defaults.blockedValues());
        blocked.addAll(properties.blockedValues());
        List<Pattern> patterns = new ArrayList<>(defaults.blockedPatterns());
        properties.blockedPatterns().stream().map(Pattern::compile).forEach(patterns::add);
        Set<IdentifierType> unique = properties.uniqueTypes().stream()
                .map(IdentifierType::fromWireName)
                .collect(Collectors.toUnmodifiableSet());
        return new IdentityRules(properties.defaultRegion(), blocked, patterns,
                properties.maxProfilesPerIdentifier(), unique);
    }

    @Bean
    RetryPolicy retryPolicy(PipelineProperties pipeline) {
        return new RetryPolicy(pipeline.maxAttempts(), pipeline.initialBackoff(), pipeline.maxBackoff());
    }

    @Bean
    IdentifierNormalizer identifierNormalizer(IdentityProperties properties) {
        return new IdentifierNormalizer(properties.defaultRegion());
    }

    @Bean
    TouchpointLog touchpointLog(DataSource dataSource, ObjectMapper json) {
        return new TouchpointLog(dataSource, json);
    }

    @Bean
    IdentityStage identityStage(DataSource dataSource, ObjectMapper json, IdentityRules rules, RetryPolicy retry,
                                MatchingSettings matching, ModelTraining training, AccountLinker accounts) {
        return new IdentityStage(dataSource, json, rules, retry, matching, training::current, accounts);
    }

    @Bean
    IndexStage indexStage(DataSource dataSource, ObjectMapper json, RetryPolicy retry, Survivorship survivorship) {
        return new IndexStage(dataSource, json, retry, survivorship);
    }

    @Bean
    DeadLetters deadLetters(DataSource dataSource) {
        return new DeadLetters(dataSource);
    }

    @Bean
    PipelineBacklog pipelineBacklog(DataSource dataSource) {
        return new PipelineBacklog(dataSource);
    }

    @Bean
    ProfileStore profileStore(DataSource dataSource, ObjectMapper json, Survivorship survivorship) {
        return new ProfileStore(dataSource, json, survivorship);
    }

    /** Golden-record rules per attribute (hub.identity.survivorship), used wherever a profile is read. */
    @Bean
    Survivorship survivorship(SurvivorshipProperties properties) {
        return properties.survivorship();
    }

    @Bean
    ProfileEdits profileEdits(DataSource dataSource, ObjectMapper json, IdentityRules rules) {
        return new ProfileEdits(dataSource, json, rules);
    }
}
