package io.touchpointhub.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.bulk.OperationType;
import org.junit.jupiter.api.Test;

class ReadModelIndexerTest {

    private static BulkResponseItem refused(String type, String reason) {
        return BulkResponseItem.of(b -> b.operationType(OperationType.Index).index("hub-touchpoints-v1-x").id("1")
                .status(400).error(e -> e.type(type).reason(reason)));
    }

    @Test
    void failureReasonKeepsTypeAndFieldButNotTheFieldValue() {
        BulkResponseItem item = refused("document_parsing_exception", "[1:64] failed to parse field [occurredAt] "
                + "of type [date] in document with id '1'. Preview of field's value: 'ana@example.com'");

        String reason = ReadModelIndexer.describe(item);

        assertThat(reason).startsWith("document_parsing_exception: [1:64] failed to parse field [occurredAt]")
                .doesNotContain("ana@example.com");
    }

    @Test
    void failureReasonDropsTheImmenseTermPrefix() {
        BulkResponseItem item = refused("illegal_argument_exception", "Document contains at least one immense term "
                + "in field=\"source\" (whose UTF8 encoding is longer than the max length 32766), all of which were "
                + "skipped. The prefix of the first immense term is: '[97, 110, 97]...'");

        assertThat(ReadModelIndexer.describe(item)).contains("field=\"source\"").doesNotContain("97, 110");
    }
}
