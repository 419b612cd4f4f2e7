package io.touchpointhub.routes.identity;

import io.touchpointhub.identity.matching.MatchingSettings;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Probabilistic matching in the identify stage (docs/identity-matching.md, "The live matcher").
 *
 * @param enabled             compare profiles that gained names, addresses, birth dates ... at all
 * @param upperThreshold      merge at or above this match weight (log2 Bayes factor)
 * @param lowerThreshold      queue for review from this weight up to the upper threshold
 * @param conflictWeight      every pair across a merge must weigh at least this (chaining guard)
 * @param maxBlockSize        blocking keys shared by more profiles find no candidates
 * @param maxClusterSize      a merge never makes a profile of more merged profiles than this
 * @param maxCandidates       candidates compared per changed profile and batch
 * @param minTrainingProfiles profiles with attributes needed before m and u are estimated by EM
 * @param trainingSample      profiles sampled for that estimate
 * @param trainingDelay       first estimate after start-up
 * @param trainingInterval    estimate again this often; a stored estimate younger than this is kept at start-up
 * @param trainingGrowth      at start-up, estimate anyway when the profiles with matching attributes grew
 *                            beyond this factor since the stored estimate
 */
@Validated
@ConfigurationProperties("hub.identity.matching")
public record MatchingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24") double upperThreshold,
        @DefaultValue("14") double lowerThreshold,
        @DefaultValue("0") double conflictWeight,
        @DefaultValue("100") @Min(2) int maxBlockSize,
        @DefaultValue("50") @Min(2) int maxClusterSize,
        @DefaultValue("20") @Min(1) int maxCandidates,
        @DefaultValue("1000") @Min(2) int minTrainingProfiles,
        @DefaultValue("20000") @Min(2) int trainingSample,
        @DefaultValue("30s") Duration trainingDelay,
        @DefaultValue("6h") Duration trainingInterval,
        @DefaultValue("1.5") @DecimalMin("1.0") double trainingGrowth) {

    MatchingSettings settings() {
        return new MatchingSettings(enabled, upperThreshold, lowerThreshold, conflictWeight, maxBlockSize,
                maxClusterSize, maxCandidates, minTrainingProfiles, trainingSample);
    }
}
