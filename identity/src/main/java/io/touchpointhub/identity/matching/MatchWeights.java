package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.match.FieldEvidence;
import io.touchpointhub.identity.match.FieldKinds;
import io.touchpointhub.identity.match.MatchModel;
import io.touchpointhub.identity.match.PairScore;
import io.touchpointhub.identity.match.compare.FieldComparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weighs two profiles with a Fellegi-Sunter {@link MatchModel} of {@link MatchFields#FIELDS}: per field
 * the strongest comparison level between any of their values (a missing value weighs 0), and for an
 * exact agreement on a name, city or company the term-frequency adjustment of the engine,
 * log2(m / frequency of the value), where the training sample knew the value. Immutable, thread-safe.
 */
public final class MatchWeights {

    private final MatchModel model;
    private final String origin;
    private final List<FieldComparator> comparators;
    /** Per field: normalised value to its share of the sample's values (term-frequency fields only). */
    private final List<Map<String, Double>> frequencies;

    /**
     * @param origin      how m and u were obtained ("defaults", "em"), shown with the evidence
     * @param frequencies per field the values' shares in the training sample; empty maps for none
     */
    public MatchWeights(MatchModel model, String origin, List<Map<String, Double>> frequencies) {
        if (!model.fields().equals(MatchFields.FIELDS)) {
            throw new IllegalArgumentException("the model must weigh the matching fields");
        }
        this.model = model;
        this.origin = origin;
        this.comparators = MatchFields.FIELDS.stream().map(f -> FieldKinds.comparator(f.type())).toList();
        this.frequencies = frequencies.stream().map(Map::copyOf).toList();
    }

    /** Documented m and u (see {@link DefaultModel}), used until the data can estimate them. */
    public static MatchWeights defaults() {
        return new MatchWeights(DefaultModel.create(), "defaults", MatchFields.FIELDS.stream().map(f -> Map.<String, Double>of()).toList());
    }

    public MatchModel model() {
        return model;
    }

    public String origin() {
        return origin;
    }

    /** A field's values with their shares in the training sample (term-frequency fields; else empty). */
    Map<String, Double> frequencies(int field) {
        return frequencies.get(field);
    }

    /** The match weight of two profiles with each field's level and weight. */
    public PairScore score(ProfileAttributes a, ProfileAttributes b) {
        List<FieldEvidence> evidence = new ArrayList<>(comparators.size());
        double total = 0;
        for (int f = 0; f < comparators.size(); f++) {
            Agreement best = best(f, a.values(f), b.values(f));
            if (best == null) {
                evidence.add(new FieldEvidence(MatchFields.FIELDS.get(f).name(), "missing", 0));
                continue;
            }
            double weight = weight(f, best);
            total += weight;
            evidence.add(new FieldEvidence(MatchFields.FIELDS.get(f).name(),
                    comparators.get(f).levels().get(best.level()), round(weight)));
        }
        return new PairScore(round(total), model.probability(total), evidence);
    }

    /** Just the total, for the chaining guard. */
    public double weight(ProfileAttributes a, ProfileAttributes b) {
        return score(a, b).weight();
    }

    private record Agreement(int level, String value) {
    }

    private Agreement best(int field, List<String> left, List<String> right) {
        if (left.isEmpty() || right.isEmpty()) {
            return null;
        }
        FieldComparator comparator = comparators.get(field);
        Agreement best = null;
        for (String x : left) {
            for (String y : right) {
                int level = x.equals(y) ? 0 : comparator.compare(comparator.prepare(x), comparator.prepare(y));
                if (best == null || level < best.level()) {
                    best = new Agreement(level, x);
                }
                if (level == 0) {
                    return best;
                }
            }
        }
        return best;
    }

    private double weight(int field, Agreement agreement) {
        double weight = model.levelWeight(field, agreement.level());
        Double frequency = frequencies.get(field).get(agreement.value());
        if (agreement.level() != 0 || frequency == null) {
            return weight;
        }
        double adjusted = weight + log2(model.u(field, 0) / Math.max(frequency, 1e-9));
        return Math.max(adjusted, model.levelWeight(field, 1));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static double round(double weight) {
        return Math.round(weight * 100) / 100.0;
    }
}
