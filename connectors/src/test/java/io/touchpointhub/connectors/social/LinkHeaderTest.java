package io.touchpointhub.connectors.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkHeaderTest {

    private static final String MASTODON = "<https://mastodon.example/api/v1/timelines/tag/cats?max_id=105213456445534470>; rel=\"next\", "
            + "<https://mastodon.example/api/v1/timelines/tag/cats?min_id=105213456445534472>; rel=\"prev\"";

    @Test
    void findsMastodonsNextAndPrevLinks() {
        assertThat(LinkHeader.target(MASTODON, "next"))
                .contains("https://mastodon.example/api/v1/timelines/tag/cats?max_id=105213456445534470");
        assertThat(LinkHeader.target(MASTODON, "prev"))
                .contains("https://mastodon.example/api/v1/timelines/tag/cats?min_id=105213456445534472");
    }

    @Test
    void answersNothingForAMissingRelationOrHeader() {
        assertThat(LinkHeader.target("<https://x.example/?min_id=1>; rel=\"prev\"", "next")).isEmpty();
        assertThat(LinkHeader.target(null, "next")).isEmpty();
    }
}
