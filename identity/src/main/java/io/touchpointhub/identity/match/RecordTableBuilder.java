package io.touchpointhub.identity.match;

import io.touchpointhub.identity.match.compare.FieldComparator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Collects records one by one (streaming: only each field's distinct raw values are kept as
 * strings), then normalises every distinct value once, on all cores, and encodes the columns.
 * Not thread-safe; one builder per batch.
 */
public final class RecordTableBuilder {

    private final List<FieldSpec> fields;
    private final MatchSettings settings;
    private final List<Map<String, Integer>> rawCodes = new ArrayList<>();
    private final List<List<String>> rawValues = new ArrayList<>();
    private final Map<String, Integer> sourceIndex = new LinkedHashMap<>();
    private int[][] codes;
    private int[] sources = new int[1024];
    private String[] ids = new String[1024];
    private int size;

    RecordTableBuilder(List<FieldSpec> fields, MatchSettings settings) {
        if (fields.isEmpty() || fields.size() > MatchModel.MAX_FIELDS) {
            throw new IllegalArgumentException("between 1 and " + MatchModel.MAX_FIELDS + " compared fields are supported");
        }
        if (fields.stream().anyMatch(f -> f.type() == FieldType.IGNORE)) {
            throw new IllegalArgumentException("ignored columns are not fields of the table");
        }
        this.fields = List.copyOf(fields);
        this.settings = settings;
        this.codes = new int[fields.size()][1024];
        for (int f = 0; f < fields.size(); f++) {
            rawCodes.add(new HashMap<>());
            rawValues.add(new ArrayList<>());
        }
    }

    /**
     * Adds a record; {@code values[f]} is the raw value of field f (null or blank = missing).
     *
     * @return the record's index in the table
     */
    public int add(String id, String source, String[] values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("expected " + fields.size() + " values, got " + values.length);
        }
        if (size == ids.length) {
            grow();
        }
        ids[size] = id;
        sources[size] = sourceIndex.computeIfAbsent(source, s -> sourceIndex.size());
        for (int f = 0; f < values.length; f++) {
            codes[f][size] = rawCode(f, values[f]);
        }
        return size++;
    }

    public int size() {
        return size;
    }

    private int rawCode(int field, String value) {
        if (value == null || value.isBlank()) {
            return -1;
        }
        Map<String, Integer> known = rawCodes.get(field);
        Integer code = known.get(value);
        if (code == null) {
            code = known.size();
            known.put(value, code);
            rawValues.get(field).add(value);
        }
        return code;
    }

    private void grow() {
        int capacity = ids.length * 2;
        ids = Arrays.copyOf(ids, capacity);
        sources = Arrays.copyOf(sources, capacity);
        for (int f = 0; f < codes.length; f++) {
            codes[f] = Arrays.copyOf(codes[f], capacity);
        }
    }

    /** Normalises and encodes everything collected; the builder is spent afterwards. */
    public RecordTable build() {
        List<FieldSpec> all = new ArrayList<>(fields);
        List<Column> columns = new ArrayList<>();
        for (int f = 0; f < fields.size(); f++) {
            Column column = buildColumn(f);
            columns.add(column);
            rawCodes.set(f, null);
            rawValues.set(f, null);
            codes[f] = null;
        }
        return new RecordTable(all, columns.toArray(Column[]::new), Arrays.copyOf(ids, size),
                Arrays.copyOf(sources, size), new ArrayList<>(sourceIndex.keySet()));
    }

    private Column buildColumn(int field) {
        FieldSpec spec = fields.get(field);
        UnaryOperator<String> normalizer = FieldKinds.normalizer(spec.type(), settings.dateFormats());
        List<String> raw = rawValues.get(field);
        String[] normalized = new String[raw.size()];
        Parallel.forEach(raw.size(), settings.threads(), i -> normalized[i] = normalizer.apply(raw.get(i)));
        Map<String, Integer> distinct = new HashMap<>();
        List<String> values = new ArrayList<>();
        int[] remap = new int[raw.size()];
        for (int i = 0; i < normalized.length; i++) {
            String value = normalized[i];
            if (value == null) {
                remap[i] = -1;
                continue;
            }
            Integer code = distinct.putIfAbsent(value, values.size());
            if (code == null) {
                code = values.size();
                values.add(value);
            }
            remap[i] = code;
        }
        int[] recordCodes = Arrays.copyOf(codes[field], size);
        int[] counts = new int[values.size()];
        for (int r = 0; r < size; r++) {
            int code = recordCodes[r] < 0 ? -1 : remap[recordCodes[r]];
            recordCodes[r] = code;
            if (code >= 0) {
                counts[code]++;
            }
        }
        String[] valueArray = values.toArray(String[]::new);
        FieldComparator comparator = FieldKinds.comparator(spec.type());
        Object[] prepared = comparator.prepareAll(valueArray, counts);
        return new Column(spec, comparator, recordCodes, valueArray, counts, prepared);
    }
}
