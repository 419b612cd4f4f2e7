package io.touchpointhub.bench.resolve;

/**
 * Which records are the same real-world entity, by record index (the row of the prepared input). Data sets
 * give it in one of two shapes and the scorer keeps each exactly as published.
 */
sealed interface GroundTruth {

    /**
     * An entity number per record (FEBRL's rec-N, Splink's cluster column, PATSTAT's leuven_id, the
     * synthetic generator): the true pairs are the pairs inside each entity.
     */
    record Entities(int[] entityOfRecord) implements GroundTruth {
    }

    /**
     * A list of matching record pairs (the Leipzig perfect mappings, JedAI's gt.csv). Kept as pairs rather
     * than closed transitively: Amazon-Google's mapping is not 1:1, and its closure would add pairs the
     * mapping does not list. Each pair appears once.
     */
    record Pairs(int[] left, int[] right) implements GroundTruth {

        public Pairs {
            if (left.length != right.length) {
                throw new IllegalArgumentException("left and right differ in length");
            }
        }

        public int size() {
            return left.length;
        }
    }
}
