package io.touchpointhub.routes.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveCommandTest {

    private static final String MAPPING = """
            id: rec_id
            date-format: yyyyMMdd
            columns:
              given_name: first_name
              surname: last_name
              date_of_birth: date_of_birth
              address: street
              notes: ignore
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    private int resolve(String mapping, String... inputs) throws IOException {
        Path config = Files.writeString(dir.resolve("mapping.yml"), mapping);
        String[] args = new String[inputs.length * 2 + 4];
        for (int i = 0; i < inputs.length; i++) {
            args[2 * i] = "--input";
            args[2 * i + 1] = dir.resolve(inputs[i]).toString();
        }
        args[args.length - 4] = "--config";
        args[args.length - 3] = config.toString();
        args[args.length - 2] = "--output";
        args[args.length - 1] = dir.resolve("clusters.csv").toString();
        return ResolveCommand.run(args, new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    /** People who resemble no one, so the model has something to learn from. */
    private static String strangers(int count) {
        String[] first = {"Olga", "Pierre", "Kwame", "Yuki", "Ingrid", "Tomas", "Lena", "Omar", "Rosa", "Ivan"};
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append("s").append(i).append(',').append(first[i % first.length]).append(',')
                    .append("Surname").append((char) ('a' + i % 26)).append((char) ('a' + i / 26)).append(',')
                    .append(1940 + i).append("0").append(1 + i % 9).append(10 + i % 18).append(',')
                    .append(i + 1).append(" Road ").append(i).append(",\n");
        }
        return rows.toString();
    }

    private String errors() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    @Test
    void writesOneRowPerInputRowInInputOrderWithQuotedLineBreaksRead() throws IOException {
        write("people.csv", """
                rec_id,given_name,surname,date_of_birth,address,notes
                a1,John,Smith,19800203,"12 High Street
                Flat 2",called twice
                b7,Ana,Lopez,19910709,5 Low Road,
                a2,Jon,Smith,19800203,"12 High St
                Flat 2","said ""call me"", then left"
                c3,Wei,Zhang,19750101,8 Elm Avenue,
                """ + strangers(40));

        int status = resolve(MAPPING, "people.csv");

        assertThat(status).as(errors()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("clusters.csv"));
        assertThat(rows.get(0)).isEqualTo("id,cluster_id,match_weight");
        assertThat(rows).hasSize(5 + 40);
        assertThat(rows.get(1)).startsWith("a1,a1,");
        assertThat(rows.get(2)).isEqualTo("b7,b7,");
        assertThat(rows.get(3)).startsWith("a2,a1,").matches("a2,a1,\\d+\\.\\d{4}");
        assertThat(rows.get(4)).isEqualTo("c3,c3,");
        assertThat(errors()).contains("resolve: read 44 records").contains("blocking:").doesNotContain("Smith");
    }

    @Test
    void aMissingMappedColumnExitsWithTwoNamingTheFileAndColumn() throws IOException {
        write("people.csv", "rec_id,given_name,date_of_birth,address,notes\na1,John,19800203,x,\n");

        int status = resolve(MAPPING, "people.csv");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("people.csv: header (line 1): the mapped column surname is missing");
    }

    @Test
    void aRaggedRowExitsWithTwoNamingItsRowAndLineWithoutQuotingValues() throws IOException {
        write("people.csv", """
                rec_id,given_name,surname,date_of_birth,address,notes
                a1,John,Smith,19800203,"12 High Street
                Flat 2",
                a2,Secretname,Smith,19800203
                """);

        int status = resolve(MAPPING, "people.csv");

        assertThat(status).isEqualTo(2);
        assertThat(errors().strip()).endsWith("people.csv: row 2 (line 4): 4 fields, the header has 6")
                .doesNotContain("Secretname");
    }

    @Test
    void bytesInvalidInTheDeclaredEncodingExitWithTwoNamingTheRow() throws IOException {
        byte[] latin1 = "rec_id,given_name,surname,date_of_birth,address,notes\na1,John,Smith,19800203,x,\na2,Jos\u00e9,Smith,19800203,x,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("people.csv"), latin1);

        int status = resolve(MAPPING, "people.csv");

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("people.csv: row 2 (line 3): bytes that are not valid in the mapping's encoding");
    }

    @Test
    void theDeclaredEncodingIsUsedToReadTheFile() throws IOException {
        byte[] latin1 = "rec_id,given_name,surname,date_of_birth,address,notes\na1,Jos\u00e9,Smith,19800203,x,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("people.csv"), latin1);

        int status = resolve("encoding: ISO-8859-1\n" + MAPPING, "people.csv");

        assertThat(status).as(errors()).isZero();
        assertThat(Files.readAllLines(dir.resolve("clusters.csv"))).containsExactly("id,cluster_id,match_weight", "a1,a1,");
    }

    @Test
    void linkageQualifiesClusterIdsWhenIdsRepeatAcrossFiles() throws IOException {
        write("left.csv", "id|title\n0|Sony Turntable - PSLX350H\n1|Bose Acoustimass 5 Speaker System - AM53BK\n");
        write("right.csv", "id|title\n0|Sony PS-LX350H Belt-Drive Turntable\n1|Canon PowerShot SD1100 Camera\n");

        int status = resolve("""
                id: id
                delimiter: "|"
                link: across-sources
                one-to-one: true
                columns:
                  title: text
                """, "left.csv", "right.csv");

        assertThat(status).as(errors()).isZero();
        List<String> rows = Files.readAllLines(dir.resolve("clusters.csv"));
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1)).startsWith("0,left:0,");
        assertThat(rows.get(2)).isEqualTo("1,left:1,");
    }

    @Test
    void anUnknownMappingKeyOrTypeExitsWithTwo() throws IOException {
        write("people.csv", "rec_id,given_name\na1,John\n");

        assertThat(resolve("id: rec_id\nthreshold: 0.5\ncolumns:\n  given_name: first_name\n", "people.csv")).isEqualTo(2);
        assertThat(errors()).contains("threshold: unknown key");
        assertThat(resolve("id: rec_id\ncolumns:\n  given_name: forename\n", "people.csv")).isEqualTo(2);
        assertThat(errors()).contains("columns.given_name: unknown type forename");
    }

    @Test
    void missingArgumentsPrintTheUsage() {
        int status = ResolveCommand.run(new String[] {"--input", "x.csv"}, new PrintStream(stderr, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(2);
        assertThat(errors()).contains("usage: resolve --input");
    }

    @Test
    void candidatesOptionListsEveryComparedPairByInputPosition() throws IOException {
        write("people.csv", """
                rec_id,given_name,surname,date_of_birth,address,notes
                a1,John,Smith,19800203,12 High Street,
                b7,Ana,Lopez,19910709,5 Low Road,
                a2,Jon,Smith,19800203,12 High St,
                """ + strangers(40));
        Path config = Files.writeString(dir.resolve("mapping.yml"), MAPPING);
        Path candidates = dir.resolve("candidates.csv");

        int status = ResolveCommand.run(new String[] {"--input", dir.resolve("people.csv").toString(), "--config",
            config.toString(), "--output", dir.resolve("clusters.csv").toString(), "--candidates", candidates.toString()},
                new PrintStream(stderr, true, StandardCharsets.UTF_8));

        List<String> lines = Files.readAllLines(candidates);
        assertThat(status).isZero();
        // 43 records are few enough to compare every pair: all 903 are listed, values never
        assertThat(lines.get(0)).isEqualTo("record_a,record_b");
        assertThat(lines).hasSize(1 + 43 * 42 / 2).contains("0,2").noneMatch(l -> l.contains("Smith"));
        assertThat(errors()).contains("wrote 903 candidate pairs");
    }
}
