package io.touchpointhub.bench.resolve;

/**
 * Pairwise precision, recall and F1 over record pairs, as every figure in the datasets README is quoted.
 * An empty prediction has precision 1 by convention (nothing claimed, nothing wrong) and recall 0.
 *
 * @param truePositives  predicted pairs that are true pairs
 * @param predictedPairs pairs implied by the predicted clusters
 * @param truePairs      pairs implied by the ground truth
 */
record PairwiseScore(long truePositives, long predictedPairs, long truePairs) {

    double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    }

    double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
