package io.touchpointhub.identity.match;

import java.util.List;

/**
 * The score of one pair of records.
 *
 * @param weight      the Fellegi-Sunter match weight: the log2 Bayes factor summed over the fields
 * @param probability the posterior match probability given the prior of a random pair
 * @param evidence    each field's level and weight, in field order
 */
public record PairScore(double weight, double probability, List<FieldEvidence> evidence) {

    public PairScore {
        evidence = List.copyOf(evidence);
    }
}
