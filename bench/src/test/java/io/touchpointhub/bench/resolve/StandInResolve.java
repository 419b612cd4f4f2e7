package io.touchpointhub.bench.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.yaml.snakeyaml.Yaml;

/**
 * A deliberately trivial stand-in for the hub's {@code resolve} command, with its command line, mapping
 * and output, for exercising the harness before the real command exists: records with the same
 * lower-cased e-mail, else the same first name + last name + birth date, else the same first free-text
 * value (a title), else the same full name, are one cluster. Test code only: never measured, never
 * published.
 */
public final class StandInResolve {

    private StandInResolve() {
    }

    public static void main(String[] args) throws IOException {
        List<Path> inputs = new ArrayList<>();
        Path config = null;
        Path output = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--input" -> inputs.add(Path.of(args[i + 1]));
                case "--config" -> config = Path.of(args[i + 1]);
                case "--output" -> output = Path.of(args[i + 1]);
                default -> fail("unknown option " + args[i]);
            }
        }
        Map<String, Object> mapping;
        try (InputStream in = Files.newInputStream(config)) {
            mapping = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, String> columns = (Map<String, String>) mapping.get("columns");
        Charset charset = Charset.forName((String) mapping.getOrDefault("encoding", "UTF-8"));
        char delimiter = ((String) mapping.getOrDefault("delimiter", ",")).charAt(0);
        String idColumn = (String) mapping.get("id");
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (Path input : inputs) {
            read(input, charset, delimiter, idColumn, columns, ids, keys);
        }
        write(output, ids, keys);
    }

    private static void read(Path input, Charset charset, char delimiter, String idColumn, Map<String, String> columns,
                             List<String> ids, List<String> keys) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setTrim(true).get();
        try (Reader reader = Files.newBufferedReader(input, charset); CSVParser parser = CSVParser.parse(reader, format)) {
            for (String column : columns.keySet()) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    fail(input.getFileName() + ": no column " + column);
                }
            }
            for (CSVRecord record : parser) {
                ids.add(record.get(idColumn));
                keys.add(key(record, columns, ids.size()));
            }
        }
    }

    private static String key(CSVRecord record, Map<String, String> columns, int row) {
        Map<String, String> byType = new HashMap<>();
        columns.forEach((column, type) -> byType.putIfAbsent(type, record.get(column).toLowerCase(Locale.ROOT)));
        if (!byType.getOrDefault("email", "").isEmpty()) {
            return "e:" + byType.get("email");
        }
        String name = byType.getOrDefault("first_name", "") + "|" + byType.getOrDefault("last_name", "") + "|"
                + byType.getOrDefault("date_of_birth", "");
        if (!name.startsWith("|") && !name.contains("||") && !name.endsWith("|")) {
            return "n:" + name;
        }
        for (String type : List.of("text", "full_name")) {
            if (!byType.getOrDefault(type, "").isEmpty()) {
                return type + ":" + byType.get(type);
            }
        }
        return "row:" + row;
    }

    private static void write(Path output, List<String> ids, List<String> keys) throws IOException {
        Map<String, Integer> first = new HashMap<>();
        long candidates = 0;
        try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
             CSVPrinter out = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            out.printRecord("id", "cluster_id", "match_weight");
            Map<String, Integer> sizes = new HashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                Integer earlier = first.putIfAbsent(keys.get(i), i);
                int representative = earlier == null ? i : earlier;
                candidates += sizes.merge(keys.get(i), 1, Integer::sum) - 1;
                out.printRecord(ids.get(i), ids.get(representative), representative == i ? "" : "20.0");
            }
        }
        System.err.printf(Locale.ROOT, "stand-in: %,d records, %,d candidate pairs%n", ids.size(), candidates);
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
