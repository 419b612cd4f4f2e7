package io.touchpointhub.identity.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.touchpointhub.identity.IdentityException;
import io.touchpointhub.identity.match.FieldKinds;
import io.touchpointhub.identity.match.FieldSpec;
import io.touchpointhub.identity.match.MatchModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The json form of {@link MatchWeights} kept in {@code match_model}: a format version, the prior, and per
 * field its name, level names, m and u, and its term frequencies grouped by share (most values share one
 * of a few shares, so each share is written once: {@code {"5.0E-4":["ann","bob"]}}). Shares and
 * probabilities round-trip exactly. The field and level names tell whether a stored estimate still fits
 * the code: one that does not is refused rather than scored with levels it was not estimated for.
 */
final class StoredWeights {

    /** Raise when the json's meaning changes; older rows are then refused. */
    static final int VERSION = 1;

    record Form(int v, String origin, double prior, List<FieldForm> fields) {
    }

    record FieldForm(String name, List<String> levels, double[] m, double[] u, Map<String, List<String>> tf) {
    }

    /** A stored estimate that cannot be read or does not fit the current fields and levels. */
    static final class Incompatible extends Exception {
        Incompatible(String reason) {
            super(reason, null, false, false);
        }
    }

    private StoredWeights() {
    }

    static String write(ObjectMapper json, MatchWeights weights) {
        MatchModel model = weights.model();
        List<FieldForm> fields = new ArrayList<>();
        for (int f = 0; f < MatchFields.FIELDS.size(); f++) {
            List<String> levels = levels(MatchFields.FIELDS.get(f));
            double[] m = new double[levels.size()];
            double[] u = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                m[l] = model.m(f, l);
                u[l] = model.u(f, l);
            }
            Map<String, List<String>> tf = new TreeMap<>();
            weights.frequencies(f).forEach((value, share) ->
                    tf.computeIfAbsent(Double.toString(share), s -> new ArrayList<>()).add(value));
            fields.add(new FieldForm(MatchFields.FIELDS.get(f).name(), levels, m, u, tf));
        }
        try {
            return json.writeValueAsString(new Form(VERSION, weights.origin(), model.prior(), fields));
        } catch (JsonProcessingException e) {
            throw new IdentityException("Matching weights could not be written as json", e);
        }
    }

    /**
     * The weights of a stored json.
     *
     * @throws Incompatible when it is not readable, of another version, or its fields or levels differ
     *                      from {@link MatchFields#FIELDS} (the reason names no values)
     */
    static MatchWeights read(ObjectMapper json, String stored) throws Incompatible {
        Form form;
        try {
            form = json.readValue(stored, Form.class);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new Incompatible("unreadable json (" + e.getClass().getSimpleName() + ")");
        }
        if (form.v() != VERSION) {
            throw new Incompatible("format version " + form.v() + ", " + VERSION + " expected");
        }
        if (form.fields() == null || form.fields().size() != MatchFields.FIELDS.size()) {
            throw new Incompatible("another number of fields");
        }
        if (!(form.prior() > 0 && form.prior() < 1)) {
            throw new Incompatible("a prior outside (0, 1)");
        }
        double[][] m = new double[form.fields().size()][];
        double[][] u = new double[form.fields().size()][];
        List<Map<String, Double>> frequencies = new ArrayList<>();
        for (int f = 0; f < m.length; f++) {
            FieldForm field = form.fields().get(f);
            checkField(field, MatchFields.FIELDS.get(f));
            m[f] = field.m();
            u[f] = field.u();
            frequencies.add(frequencies(field));
        }
        List<List<String>> levels = MatchFields.FIELDS.stream().map(StoredWeights::levels).toList();
        MatchModel model = new MatchModel(MatchFields.FIELDS, levels, m, u, form.prior(), null);
        return new MatchWeights(model, form.origin() == null ? "stored" : form.origin(), frequencies);
    }

    private static void checkField(FieldForm field, FieldSpec spec) throws Incompatible {
        if (!spec.name().equals(field.name())) {
            throw new Incompatible("field " + spec.name() + " is missing or out of order");
        }
        List<String> levels = levels(spec);
        if (!levels.equals(field.levels()) || field.m() == null || field.u() == null
                || field.m().length != levels.size() || field.u().length != levels.size()) {
            throw new Incompatible("the levels of " + spec.name() + " differ from the current ones");
        }
        for (int l = 0; l < levels.size(); l++) {
            if (!probability(field.m()[l]) || !probability(field.u()[l])) {
                throw new Incompatible("m or u of " + spec.name() + " outside [0, 1]");
            }
        }
    }

    private static Map<String, Double> frequencies(FieldForm field) throws Incompatible {
        Map<String, Double> shares = new HashMap<>();
        if (field.tf() == null) {
            return shares;
        }
        for (Map.Entry<String, List<String>> group : field.tf().entrySet()) {
            double share;
            try {
                share = Double.parseDouble(group.getKey());
            } catch (NumberFormatException e) {
                throw new Incompatible("a term-frequency share of " + field.name() + " is not a number");
            }
            if (!probability(share) || group.getValue() == null) {
                throw new Incompatible("a term-frequency share of " + field.name() + " is outside [0, 1]");
            }
            for (String value : group.getValue()) {
                if (value != null) {
                    shares.put(value, share);
                }
            }
        }
        return shares;
    }

    private static boolean probability(double p) {
        return p >= 0 && p <= 1;
    }

    private static List<String> levels(FieldSpec field) {
        return FieldKinds.comparator(field.type()).levels();
    }
}
