package io.touchpointhub.bench.resolve;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each data set's file format and ground truth, on a few lines written the way the published files are
 * (FEBRL's ", " separators, DBLP-ACM's headerless mapping and CRLF lines, Amazon-Google's ISO-8859-1,
 * JedAI's pipes, PATSTAT's reference file).
 */
class GroundTruthReadersTest {

    @TempDir
    Path data;

    @TempDir
    Path work;

    private void file(String name, String text, Charset charset) throws IOException {
        Path path = data.resolve(name);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text, charset);
    }

    private Prepared prepare(Dataset dataset) throws IOException {
        return Preparation.prepare(dataset, data, work);
    }

    private static Dataset dataset(String name, Task task, List<SourceFile> files, Set<String> withheld, TruthReader truth,
                                   long truePairs) {
        return new Dataset(name, task, files, withheld, truth, truePairs, name + ".yml", null, Target.NONE, "–");
    }

    @Test
    void febrlRecordsSharingTheirNumberAreOnePersonAndValuesAreTrimmed() throws IOException {
        file("febrl/d.csv", """
                rec_id, given_name, surname, date_of_birth
                rec-12-org, lachlan, berry, 19990219
                rec-7-org, , waller, 19081209
                rec-12-dup-0, lachlna, berry, 19990219
                rec-12-dup-1, lachlan, bery, 19990291
                """, UTF_8);
        Prepared prepared = prepare(dataset("febrl-x", Task.DEDUP, List.of(new SourceFile("febrl-x", "febrl/d.csv", UTF_8, ',')),
                Set.of("rec_id"), TruthReader.febrl(), 3));
        assertThat(((GroundTruth.Entities) prepared.truth()).entityOfRecord()).containsExactly(0, 1, 0, 0);
        assertThat(Files.readAllLines(prepared.input(), UTF_8)).containsExactly(
                "id,given_name,surname,date_of_birth", "r1,lachlan,berry,19990219", "r2,,waller,19081209",
                "r3,lachlna,berry,19990219", "r4,lachlan,bery,19990291");
    }

    @Test
    void febrlLinkageCountsThePairsAcrossTheTwoFilesOnly() throws IOException {
        file("a.csv", "rec_id, surname\nrec-1-org, smith\nrec-2-org, jones\n", UTF_8);
        file("b.csv", "rec_id, surname\nrec-2-dup-0, jnoes\nrec-1-dup-0, smiht\n", UTF_8);
        Prepared prepared = prepare(dataset("febrl-l", Task.LINKAGE, List.of(new SourceFile("a", "a.csv", UTF_8, ','),
                new SourceFile("b", "b.csv", UTF_8, ',')), Set.of("rec_id"), TruthReader.febrl(), 2));
        assertThat(prepared.ids()).containsExactly("a-1", "a-2", "b-1", "b-2");
        assertThat(prepared.sourceOfRecord()).containsExactly(0, 0, 1, 1);
        assertThat(Files.readAllLines(prepared.input(), UTF_8).get(0)).isEqualTo("id,source,surname");
    }

    @Test
    void splinkClusterColumnIsTheTruthAndIsWithheldWithTheIds() throws IOException {
        file("s.csv", """
                unique_id,first_name,surname,dob,city,email,cluster
                0,Robert,Alan,1971-06-24,,robert255@smith.net,0
                1,Robert,Allen,1971-05-24,,roberta25@smith.net,0
                2,Grace,,1997-04-26,Hull,grace.kelly52@jones.com,1
                """, UTF_8);
        Prepared prepared = prepare(dataset("s", Task.DEDUP, List.of(new SourceFile("s", "s.csv", UTF_8, ',')),
                Set.of("unique_id", "cluster"), TruthReader.entityColumn("cluster"), 1));
        assertThat(Files.readAllLines(prepared.input(), UTF_8).get(0)).isEqualTo("id,first_name,surname,dob,city,email");
        assertThat(prepared.truePairs()).isEqualTo(1);
    }

    @Test
    void leipzigMappingWithoutHeaderLinksDblpStringIdsToAcmNumbers() throws IOException {
        file("dblp.csv", "\"id\",\"title\",\"year\"\n\"conf/sigmod/X01\",\"Query, optimised\",2001\n\"journals/tods/Y99\",\"Other\",1999\n",
                UTF_8);
        file("acm.csv", "\"id\",\"title\",\"year\"\r\n375678,\"Query optimised\",2001\r\n304586,\"Unrelated\",1999\r\n", UTF_8);
        file("map.csv", "\"conf/sigmod/X01\",375678\n", UTF_8);
        Prepared prepared = prepare(dataset("dblp-acm", Task.LINKAGE, List.of(new SourceFile("dblp", "dblp.csv", UTF_8, ','),
                new SourceFile("acm", "acm.csv", UTF_8, ',')), Set.of("id"),
                TruthReader.pairs("map.csv", UTF_8, ',', false, "id"), 1));
        GroundTruth.Pairs pairs = (GroundTruth.Pairs) prepared.truth();
        assertThat(pairs.left()).containsExactly(0);
        assertThat(pairs.right()).containsExactly(2);
        // the quoted comma stays inside its field
        assertThat(Files.readAllLines(prepared.input(), UTF_8).get(1)).isEqualTo("dblp-1,dblp,\"Query, optimised\",2001");
    }

    @Test
    void amazonGoogleIsReadAndWrittenInIsoLatin1WithAHeaderedMapping() throws IOException {
        file("amazon.csv", "\"id\",\"title\",\"price\"\n\"b0001\",\"caf\u00e9 suite\",0\n\"b0002\",\"other\",1\n", ISO_8859_1);
        file("google.csv", "\"id\",\"title\",\"price\"\n\"http://g/1\",\"cafe suite\",9.99\n", ISO_8859_1);
        file("map.csv", "\"idAmazon\",\"idGoogleBase\"\n\"b0001\",\"http://g/1\"\n\"b0002\",\"http://g/1\"\n", UTF_8);
        Prepared prepared = prepare(dataset("ag", Task.LINKAGE, List.of(new SourceFile("amazon", "amazon.csv", ISO_8859_1, ','),
                new SourceFile("google", "google.csv", ISO_8859_1, ',')), Set.of("id"),
                TruthReader.pairs("map.csv", UTF_8, ',', true, "id"), 2));
        byte[] input = Files.readAllBytes(prepared.input());
        assertThat(new String(input, ISO_8859_1)).contains("caf\u00e9 suite");
        assertThat(input).contains((byte) 0xE9);
    }

    @Test
    void jedaiFilesArePipeSeparatedAndStayPipeSeparated() throws IOException {
        file("abt.csv", "id|name|description|price\n0|Sony Turntable - PSLX350H|Belt Drive, 33-1/3|\n1|Bose Acoustimass 5|Black|399\n",
                UTF_8);
        file("buy.csv", "id|name|description|price\n0|Sony PS-LX350H Turntable||89\n", UTF_8);
        file("gt.csv", "D1|D2\n0|0\n", UTF_8);
        Prepared prepared = prepare(dataset("jedai", Task.LINKAGE, List.of(new SourceFile("abt", "abt.csv", UTF_8, '|'),
                new SourceFile("buy", "buy.csv", UTF_8, '|')), Set.of("id"),
                TruthReader.pairs("gt.csv", UTF_8, '|', true, "id"), 1));
        assertThat(Files.readAllLines(prepared.input(), UTF_8)).startsWith("id|source|name|description|price",
                "abt-1|abt|Sony Turntable - PSLX350H|Belt Drive, 33-1/3|");
    }

    @Test
    void abtBuyDedupeCopyMatchesOnSharedUniqueIdAndThatIdNeverReachesTheResolver() throws IOException {
        file("abt.csv", "unique_id,title,description,price\n1,Linksys Switch,8 port,$44.00\n50,Canon Lens,,$10\n50,Canon Lens EF,,$10\n",
                UTF_8);
        file("buy.csv", "unique_id,title,description,price\n1,Linksys EtherFast Switch,,\n50,Canon EF lens,,\n", UTF_8);
        Prepared prepared = prepare(dataset("ab", Task.LINKAGE, List.of(new SourceFile("abt", "abt.csv", UTF_8, ','),
                new SourceFile("buy", "buy.csv", UTF_8, ',')), Set.of("unique_id"), TruthReader.entityColumn("unique_id"), 3));
        // 1-1 once, 50 twice (two Abt rows share it); the Abt-Abt pair of 50 is not a linkage pair
        assertThat(prepared.truePairs()).isEqualTo(3);
        assertThat(Files.readString(prepared.input(), UTF_8)).doesNotContain("unique_id").doesNotContain(",50,");
    }

    @Test
    void patstatEntitiesComeFromTheReferenceFileJoinedOnPersonId() throws IOException {
        file("p/input.csv", "person_id,Lat,Lng,Coauthor,Name,Class\n2909,0.0,0.0,A**B,AGILENT TECHNOLOGIES,A61N\n"
                + "3574,0.0,0.0,,AGILENT TECHNOLOGIES INC,A61B\n4000,52.1,4.3,,JAN DE VRIES,G06F\n", UTF_8);
        file("p/reference.csv", "person_id,leuven_id,person_name\n2909,402600,\"* AGILENT TECHNOLOGIES, INC.\"\n"
                + "3574,402600,\"* AGILENT\"\n4000,11,JAN DE VRIES\n", UTF_8);
        Prepared prepared = prepare(dataset("pat", Task.DEDUP, List.of(new SourceFile("pat", "p/input.csv", UTF_8, ',')),
                Set.of("person_id"), TruthReader.joined("person_id", "p/reference.csv", "person_id", "leuven_id"), 1));
        assertThat(((GroundTruth.Entities) prepared.truth()).entityOfRecord()).containsExactly(0, 0, 1);
    }

    @Test
    void aTruePairCountDifferentFromTheReadmeStopsTheRun() throws IOException {
        file("s.csv", "unique_id,name,cluster\n0,a,0\n1,b,0\n", UTF_8);
        Dataset wrong = dataset("s", Task.DEDUP, List.of(new SourceFile("s", "s.csv", UTF_8, ',')), Set.of("unique_id", "cluster"),
                TruthReader.entityColumn("cluster"), 5);
        assertThatThrownBy(() -> prepare(wrong)).hasMessageContaining("1 true pairs, the datasets README says 5");
    }

    @Test
    void aMappingNamingAnUnknownKeyStopsTheRun() throws IOException {
        file("a.csv", "id,t\nx,1\n", UTF_8);
        file("b.csv", "id,t\ny,1\n", UTF_8);
        file("m.csv", "x,z\n", UTF_8);
        Dataset dataset = dataset("m", Task.LINKAGE, List.of(new SourceFile("a", "a.csv", UTF_8, ','),
                new SourceFile("b", "b.csv", UTF_8, ',')), Set.of("id"), TruthReader.pairs("m.csv", UTF_8, ',', false, "id"), 1);
        assertThatThrownBy(() -> prepare(dataset)).hasMessageContaining("names key z");
    }

    @Test
    void everyPublishedDataSetIsDeclaredWithItsReadmeCount() {
        assertThat(Datasets.all().keySet()).containsExactly("febrl1", "febrl2", "febrl3", "febrl4", "fake_1000",
                "historical_50k", "dblp-acm", "amazon-google", "abt-buy-dedupe", "abt-buy-jedai", "patstat");
        assertThat(Datasets.all().values()).allSatisfy(d -> {
            assertThat(d.expectedTruePairs()).isPositive();
            assertThat(Path.of("resolve", d.mapping())).exists();
            if (d.dukeConfig() != null) {
                assertThat(Path.of("resolve", "duke", d.dukeConfig())).exists();
            }
        });
    }
}
