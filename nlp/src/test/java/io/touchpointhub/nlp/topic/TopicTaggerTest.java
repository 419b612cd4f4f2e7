package io.touchpointhub.nlp.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicTaggerTest {

    private final TopicTagger tagger = new TopicTagger(List.of(
            TopicRule.of("acme", "acme OR \"acme corp\" OR #acme", List.of("acme anvil")),
            TopicRule.of("globex", "globex", List.of()),
            TopicRule.of("summer-sale", "#summersale OR (summer AND sale)", List.of("#ad"))));

    @Test
    void tagsEveryTopicATextMatchesInRuleOrder() {
        assertThat(tagger.tag("Globex vs ACME: which kettle?")).containsExactly("acme", "globex");
        assertThat(tagger.tag("Nothing to see")).isEmpty();
    }

    @Test
    void exclusionsDisqualifyAMatchingText() {
        assertThat(tagger.tag("The ACME anvil fell on me")).isEmpty();
        assertThat(tagger.tag("Acme anvils are heavy")).containsExactly("acme");
        assertThat(tagger.tag("summer sale now on #ad")).isEmpty();
        assertThat(tagger.tag("summer sale now on")).containsExactly("summer-sale");
    }

    @Test
    void blankTextsHaveNoTopics() {
        assertThat(tagger.tag(" ")).isEmpty();
        assertThat(tagger.tag(null)).isEmpty();
    }
}
