package io.touchpointhub.routes.resolve;

import io.touchpointhub.identity.match.FieldSpec;
import io.touchpointhub.identity.match.FieldType;
import io.touchpointhub.identity.match.LinkMode;
import io.touchpointhub.identity.match.MatchSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The mapping file of the resolve command (see docs/identity-matching.md): encoding, delimiter, the id
 * and optional source column, the link mode, the compared columns with their types, date formats and
 * optional threshold and tuning overrides. Unknown keys are errors, so a typo is never ignored.
 */
record ResolveMapping(Charset encoding, char delimiter, boolean trim, String idColumn, String sourceColumn,
        LinkMode link, boolean oneToOne, Map<String, FieldType> columns, MatchSettings settings) {

    private static final Set<String> KEYS = Set.of("encoding", "delimiter", "trim", "id", "source", "link",
            "one-to-one", "columns", "date-format", "thresholds", "max-block-size", "max-cluster-size",
            "conflict-weight", "all-pairs-up-to", "threads");
    private static final Set<String> THRESHOLD_KEYS = Set.of("match-probability", "review-probability");

    /** The compared fields: the mapped columns that are not ignored, in mapping order. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        columns.forEach((column, type) -> {
            if (type != FieldType.IGNORE) {
                fields.add(new FieldSpec(column, type));
            }
        });
        return fields;
    }

    static ResolveMapping read(Path file) {
        Object document;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        } catch (YAMLException e) {
            throw new BadInputException(file + ": not valid YAML", e);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new BadInputException(file + ": the mapping must be a YAML map");
        }
        return new Parser(file, map).mapping();
    }

    /** Reads one mapping document, naming the file and key in every complaint. */
    private static final class Parser {

        private final Path file;
        private final Map<?, ?> map;

        Parser(Path file, Map<?, ?> map) {
            this.file = file;
            this.map = map;
        }

        ResolveMapping mapping() {
            for (Object key : map.keySet()) {
                if (!KEYS.contains(String.valueOf(key))) {
                    throw bad(key + ": unknown key; known keys are " + String.join(", ", KEYS.stream().sorted().toList()));
                }
            }
            Charset encoding = charset(string("encoding", "UTF-8"));
            String delimiter = string("delimiter", ",");
            if (delimiter.length() != 1) {
                throw bad("delimiter: must be one character");
            }
            String id = string("id", null);
            if (id == null || id.isBlank()) {
                throw bad("id: the record id column is required");
            }
            LinkMode link = switch (string("link", "dedupe")) {
                case "dedupe" -> LinkMode.DEDUPE;
                case "across-sources" -> LinkMode.ACROSS_SOURCES;
                default -> throw bad("link: must be dedupe or across-sources");
            };
            boolean oneToOne = bool("one-to-one", false);
            Map<String, FieldType> columns = columns();
            MatchSettings settings = settings(link, oneToOne);
            return new ResolveMapping(encoding, delimiter.charAt(0), bool("trim", true), id, string("source", null),
                    link, oneToOne, columns, settings);
        }

        private Map<String, FieldType> columns() {
            Object value = map.get("columns");
            if (!(value instanceof Map<?, ?> entries) || entries.isEmpty()) {
                throw bad("columns: map at least one input column to a type");
            }
            Map<String, FieldType> columns = new LinkedHashMap<>();
            entries.forEach((column, type) -> columns.put(String.valueOf(column),
                    FieldType.fromWireName(String.valueOf(type)).orElseThrow(() -> bad("columns." + column
                            + ": unknown type " + type + "; types are " + FieldType.wireNames()))));
            if (columns.values().stream().allMatch(t -> t == FieldType.IGNORE)) {
                throw bad("columns: at least one column must be compared (not ignore)");
            }
            return columns;
        }

        private MatchSettings settings(LinkMode link, boolean oneToOne) {
            MatchSettings settings = MatchSettings.defaults().withLinkage(link, oneToOne).withDateFormats(dateFormats());
            Object thresholds = map.get("thresholds");
            if (thresholds != null) {
                if (!(thresholds instanceof Map<?, ?> t)) {
                    throw bad("thresholds: must be a map");
                }
                for (Object key : t.keySet()) {
                    if (!THRESHOLD_KEYS.contains(String.valueOf(key))) {
                        throw bad("thresholds." + key + ": unknown key; known keys are match-probability, review-probability");
                    }
                }
                double match = number(t, "thresholds.match-probability", settings.matchProbability());
                double review = number(t, "thresholds.review-probability", Math.min(match, settings.reviewProbability()));
                settings = withThresholds(settings, match, review);
            }
            settings = settings.withLimits((int) number(map, "max-block-size", settings.maxBlockSize()),
                    (int) number(map, "max-cluster-size", settings.maxClusterSize()));
            settings = settings.withConflictWeight(number(map, "conflict-weight", settings.conflictWeight()));
            settings = settings.withAllPairsUpTo((long) number(map, "all-pairs-up-to", settings.allPairsUpTo()));
            return settings.withThreads((int) number(map, "threads", settings.threads()));
        }

        private MatchSettings withThresholds(MatchSettings settings, double match, double review) {
            try {
                return settings.withThresholds(match, review);
            } catch (IllegalArgumentException e) {
                throw bad("thresholds: " + e.getMessage());
            }
        }

        private List<String> dateFormats() {
            Object value = map.get("date-format");
            if (value == null) {
                return List.of("yyyy-MM-dd");
            }
            List<String> formats = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                    : List.of(String.valueOf(value));
            for (String format : formats) {
                try {
                    java.time.format.DateTimeFormatter.ofPattern(format);
                } catch (IllegalArgumentException e) {
                    throw bad("date-format: " + format + " is not a date pattern");
                }
            }
            return formats;
        }

        private Charset charset(String name) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw bad("encoding: " + name + " is not a charset this Java knows");
            }
        }

        private String string(String key, String fallback) {
            Object value = map.get(key);
            return value == null ? fallback : String.valueOf(value);
        }

        private boolean bool(String key, boolean fallback) {
            Object value = map.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            throw bad(key + ": must be true or false");
        }

        private double number(Map<?, ?> from, String key, double fallback) {
            String name = key.substring(key.lastIndexOf('.') + 1);
            Object value = from.get(name);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            throw bad(key + ": must be a number");
        }

        private BadInputException bad(String problem) {
            return new BadInputException(file + ": " + problem);
        }
    }
}
