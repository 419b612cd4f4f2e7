package io.touchpointhub.identity.matching;

import io.touchpointhub.identity.match.FieldKinds;
import io.touchpointhub.identity.match.MatchModel;
import java.util.List;

/**
 * The m and u the live matcher starts with, before enough profiles exist to estimate them (values in
 * docs/identity-matching.md). m reflects how often one person's records agree (people move and keep
 * several e-mail addresses, so "different" is common for those among matches); u how often two
 * unrelated people agree by chance (one in 5,000 share a birth date, one in 200 a surname).
 */
final class DefaultModel {

    /** Per field of {@link MatchFields#FIELDS}, per level of its comparator (strongest first, "different" last). */
    static final double[][] M = {
            {0.80, 0.06, 0.05, 0.03, 0.01, 0.05},   // first name: exact, nickname, JW>=.95, .88, .80, different
            {0.85, 0.04, 0.03, 0.02, 0.06},         // last name
            {0.70, 0.05, 0.08, 0.05, 0.12},         // street: exact, reordered, JW>=.92, most words, different
            {0.75, 0.05, 0.03, 0.17},               // postcode: exact, 1 edit, 2 edits, different
            {0.75, 0.05, 0.03, 0.02, 0.15},         // city
            {0.85, 0.03, 0.04, 0.03, 0.05},         // date of birth: exact, day/month swapped, digit off, year, different
            {0.70, 0.08, 0.06, 0.04, 0.02, 0.10},   // company: exact, same words, one's words in the other, rare word, a word, different
            {0.40, 0.05, 0.05, 0.50},               // email: exact, 1 edit, same local part, different
            {0.40, 0.05, 0.05, 0.50}};              // phone: exact, 1 edit, 2 edits, different
    static final double[][] U = {
            {0.01, 0.004, 0.006, 0.02, 0.05, 0.91},
            {0.005, 0.002, 0.005, 0.02, 0.968},
            {0.0005, 0.0001, 0.0005, 0.002, 0.9969},
            {0.002, 0.0005, 0.003, 0.9945},
            {0.05, 0.01, 0.02, 0.05, 0.87},
            {0.0002, 0.0001, 0.002, 0.03, 0.9677},
            {0.01, 0.002, 0.003, 0.005, 0.02, 0.96},
            {0.00001, 0.00001, 0.0001, 0.99988},
            {0.00001, 0.00002, 0.0002, 0.99977}};
    /** Only for the probabilities shown next to weights: one match per million random pairs. */
    static final double PRIOR = 1e-6;

    private DefaultModel() {
    }

    static MatchModel create() {
        List<List<String>> levels = MatchFields.FIELDS.stream()
                .map(f -> FieldKinds.comparator(f.type()).levels()).toList();
        for (int f = 0; f < levels.size(); f++) {
            if (levels.get(f).size() != M[f].length) {
                throw new IllegalStateException("default m and u do not fit the levels of " + MatchFields.FIELDS.get(f).name());
            }
        }
        return new MatchModel(MatchFields.FIELDS, levels, M, U, PRIOR, null);
    }
}
