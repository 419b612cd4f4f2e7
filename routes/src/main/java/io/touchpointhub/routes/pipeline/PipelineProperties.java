package io.touchpointhub.routes.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the stages behind intake poll and batch their work.
 *
 * @param pollInterval      how often an idle stage looks for work
 * @param identifyBatchSize touchpoints resolved per transaction; each takes an advisory lock per identifier, so
 *                          an external PostgreSQL needs {@code max_locks_per_transaction} of 256 or more
 * @param indexBatchSize    documents written per bulk request
 * @param catchUpRefreshInterval how often Elasticsearch refreshes the read models while the index stage works
 *                          through a backlog (batches come back full); 1s keeps the normal interval throughout
 * @param identityWorkers   concurrent identity-stage workers in this instance
 * @param maxAttempts       attempts before a touchpoint goes to the dead-letter store
 * @param initialBackoff    wait before the second attempt; doubles with each further attempt
 * @param maxBackoff        the longest wait between attempts
 */
@Validated
@ConfigurationProperties("hub.pipeline")
public record PipelineProperties(
        @DefaultValue("100ms") Duration pollInterval,
        @DefaultValue("2500") @Min(1) @Max(5000) int identifyBatchSize,
        @DefaultValue("2000") @Min(1) @Max(10000) int indexBatchSize,
        @DefaultValue("5s") Duration catchUpRefreshInterval,
        @DefaultValue("1") @Min(1) @Max(16) int identityWorkers,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @DefaultValue("1s") Duration initialBackoff,
        @DefaultValue("5m") Duration maxBackoff) {
}
