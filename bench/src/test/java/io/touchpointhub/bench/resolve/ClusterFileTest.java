package io.touchpointhub.bench.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver's output is held to the contract before anything is scored. */
class ClusterFileTest {

    @TempDir
    Path dir;

    private final String[] ids = {"r1", "r2", "r3"};

    private Path output(String text) throws IOException {
        return Files.writeString(dir.resolve("clusters.csv"), text);
    }

    @Test
    void aValidOutputGivesEachRecordItsRepresentative() throws Exception {
        int[] clusters = ClusterFile.read(output("id,cluster_id,match_weight\r\nr1,r3,12.5\r\nr2,r2,\r\nr3,r3,12.5\r\n"), ids);
        assertThat(clusters).containsExactly(2, 1, 2);
    }

    @Test
    void rowsOutOfInputOrderAreAViolation() throws IOException {
        Path file = output("id,cluster_id,match_weight\nr2,r2,\nr1,r1,\nr3,r3,\n");
        assertThatThrownBy(() -> ClusterFile.read(file, ids)).isInstanceOf(ClusterFile.ContractViolation.class)
                .hasMessageContaining("in input order");
    }

    @Test
    void aMissingRowAWrongHeaderAndAnUnknownClusterIdAreViolations() throws IOException {
        Path missing = output("id,cluster_id,match_weight\nr1,r1,\nr2,r2,\n");
        assertThatThrownBy(() -> ClusterFile.read(missing, ids)).hasMessageContaining("2 rows for 3 input rows");
        Path header = output("id,cluster\nr1,r1\nr2,r2\nr3,r3\n");
        assertThatThrownBy(() -> ClusterFile.read(header, ids)).hasMessageContaining("header");
        Path unknown = output("id,cluster_id,match_weight\nr1,x9,\nr2,r2,\nr3,r3,\n");
        assertThatThrownBy(() -> ClusterFile.read(unknown, ids)).hasMessageContaining("not the id of an input record");
    }
}
