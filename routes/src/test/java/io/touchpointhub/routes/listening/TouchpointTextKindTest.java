package io.touchpointhub.routes.listening;

import static org.assertj.core.api.Assertions.assertThat;

import io.touchpointhub.model.Channel;
import io.touchpointhub.model.Touchpoint;
import io.touchpointhub.model.TouchpointKey;
import io.touchpointhub.nlp.TextKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TouchpointTextKindTest {

    @Test
    void readsProductReviewsAsReviewsWhateverTheirChannel() {
        assertThat(TouchpointTextAnalyzer.kind(touchpoint(Channel.MARKETPLACE, "review"))).isEqualTo(TextKind.REVIEW);
        assertThat(TouchpointTextAnalyzer.kind(touchpoint(Channel.WEB, "review"))).isEqualTo(TextKind.REVIEW);
    }

    @Test
    void readsPostsAsSocialTextAndMailAsProse() {
        assertThat(TouchpointTextAnalyzer.kind(touchpoint(Channel.SOCIAL, "post"))).isEqualTo(TextKind.SOCIAL);
        assertThat(TouchpointTextAnalyzer.kind(touchpoint(Channel.EMAIL, "email"))).isEqualTo(TextKind.LONG_FORM);
        assertThat(TouchpointTextAnalyzer.kind(touchpoint(Channel.WEB, "track"))).isEqualTo(TextKind.UNKNOWN);
    }

    private static Touchpoint touchpoint(Channel channel, String type) {
        Instant now = Instant.parse("2026-11-01T10:00:00Z");
        return new Touchpoint(new TouchpointKey(channel, "test", "1"), type, null, now, now, List.of(), Map.of(),
                Map.of(), Map.of(), "Some text.");
    }
}
