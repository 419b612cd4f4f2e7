package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duke 1.2 runs on Lucene 4.0 in this module and answers in the resolve contract's format. */
class DukeResolveTest {

    @TempDir
    Path dir;

    private static final String HEADER = "id,given_name,surname,street_number,address_1,address_2,suburb,postcode,state,"
            + "date_of_birth,soc_sec_id\n";

    @Test
    void febrlConfigurationLinksATypoDuplicateAndKeepsStrangersApart() throws Exception {
        Path input = dir.resolve("input.csv");
        Files.writeString(input, HEADER
                + "r1,lachlan,berry,69,giblin street,killarney,bittern,4814,qld,19990219,7364009\n"
                + "r2,deakin,sondergeld,48,goldfinch circuit,kooltuo,canterbury,2776,vic,19230820,9375820\n"
                + "r3,lachlan,berrt,69,giblin street,killarney,bitern,4814,qld,19990219,7364009\n"
                + "r4,kayla,harrington,,maltby circuit,coaling,coolaroo,3465,nsw,19150612,9004242\n", StandardCharsets.UTF_8);
        Path output = dir.resolve("clusters.csv");
        DukeResolve.main(new String[] {"--input", input.toString(), "--config", "resolve/duke/febrl-dedup.xml",
                "--output", output.toString()});
        int[] clusters = ClusterFile.read(output, new String[] {"r1", "r2", "r3", "r4"});
        assertThat(clusters).containsExactly(0, 1, 0, 3);
        assertThat(Files.readAllLines(output).get(3)).matches("r3,r1,\\d+\\.\\d\\d");
    }

    @Test
    void febrlLinkageConfigurationMatchesAcrossTheTwoSources() throws Exception {
        Path input = dir.resolve("input.csv");
        Files.writeString(input, HEADER.replace("id,", "id,source,")
                + "a-1,a,lachlan,berry,69,giblin street,killarney,bittern,4814,qld,19990219,7364009\n"
                + "a-2,a,kayla,harrington,,maltby circuit,coaling,coolaroo,3465,nsw,19150612,9004242\n"
                + "b-1,b,kayla,harringtn,,maltby circuit,coaling,coolaroo,3465,nsw,19150612,9004242\n"
                + "b-2,b,deakin,sondergeld,48,goldfinch circuit,kooltuo,canterbury,2776,vic,19230820,9375820\n",
                StandardCharsets.UTF_8);
        Path output = dir.resolve("clusters.csv");
        DukeResolve.main(new String[] {"--input", input.toString(), "--config", "resolve/duke/febrl-linkage.xml",
                "--output", output.toString()});
        assertThat(ClusterFile.read(output, new String[] {"a-1", "a-2", "b-1", "b-2"})).containsExactly(0, 1, 1, 3);
    }
}
