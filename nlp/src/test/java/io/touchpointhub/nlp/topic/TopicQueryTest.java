package io.touchpointhub.nlp.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TopicQueryTest {

    @Test
    void matchesTermsOnWordBoundariesOnly() {
        TopicQuery query = TopicQuery.parse("acme");

        assertThat(query.matches("I love Acme!")).isTrue();
        assertThat(query.matches("acme's new kettle")).isTrue();
        assertThat(query.matches("the acmeology lecture")).isFalse();
        assertThat(query.matches("pacmen everywhere")).isFalse();
    }

    @Test
    void ignoresCaseAccentsAndWidth() {
        TopicQuery query = TopicQuery.parse("creme brulee");

        assertThat(query.matches("CRÈME brûlée tonight")).isTrue();
        assertThat(TopicQuery.parse("Café").matches("best cafe in town")).isTrue();
        assertThat(TopicQuery.parse("acme").matches("ＡＣＭＥ rocks")).isTrue();
    }

    @Test
    void quotedPhrasesMatchWordsInSequence() {
        TopicQuery query = TopicQuery.parse("\"acme corp\"");

        assertThat(query.matches("Acme   Corp. announced")).isTrue();
        assertThat(query.matches("Acme-Corp announced")).isTrue();
        assertThat(query.matches("corp acme")).isFalse();
        assertThat(query.matches("acme corporation")).isFalse();
    }

    @Test
    void hashtagsMatchOnlyTheHashtag() {
        TopicQuery query = TopicQuery.parse("#acme");

        assertThat(query.matches("loving it #Acme")).isTrue();
        assertThat(query.matches("loving acme")).isFalse();
        assertThat(query.matches("#acmekettle")).isFalse();
        assertThat(TopicQuery.parse("acme").matches("#acme")).isTrue();
    }

    @Test
    void combinesAndOrNotWithPrecedenceAndParentheses() {
        TopicQuery query = TopicQuery.parse("acme AND (kettle OR toaster) NOT broken");

        assertThat(query.matches("acme kettle")).isTrue();
        assertThat(query.matches("my acme toaster")).isTrue();
        assertThat(query.matches("acme anvil")).isFalse();
        assertThat(query.matches("acme kettle is broken")).isFalse();
        assertThat(TopicQuery.parse("acme OR globex widgets").matches("globex")).isFalse();
        assertThat(TopicQuery.parse("acme OR globex widgets").matches("globex widgets")).isTrue();
        assertThat(TopicQuery.parse("acme -anvil").matches("acme anvil")).isFalse();
    }

    @Test
    void adjacentTermsAreAndedAndLowerCaseOperatorsAreWords() {
        assertThat(TopicQuery.parse("acme kettle").matches("kettle by acme")).isTrue();
        assertThat(TopicQuery.parse("acme kettle").matches("acme toaster")).isFalse();
        assertThat(TopicQuery.parse("salt or pepper").matches("salt")).isFalse();
        assertThat(TopicQuery.parse("salt or pepper").matches("salt or pepper")).isTrue();
    }

    @Test
    void trailingStarMatchesPrefixes() {
        TopicQuery query = TopicQuery.parse("kettl*");

        assertThat(query.matches("two kettles")).isTrue();
        assertThat(query.matches("a skettle")).isFalse();
    }

    @Test
    void chineseTermsMatchAsSubstrings() {
        TopicQuery query = TopicQuery.parse("苹果 OR \"华为手机\"");

        assertThat(query.matches("我昨天买了一个苹果手机")).isTrue();
        assertThat(query.matches("这款华为手机很好用")).isTrue();
        assertThat(query.matches("华为的电脑")).isFalse();
        assertThat(TopicQuery.parse("蘋果").matches("我買了蘋果")).isTrue();
    }

    @Test
    void rejectsMalformedQueriesNamingTheRuleAndPosition() {
        assertThatThrownBy(() -> TopicQuery.parse("(acme OR globex"))
                .isInstanceOf(InvalidTopicQueryException.class).hasMessage("unbalanced parenthesis at character 0");
        assertThatThrownBy(() -> TopicQuery.parse("acme)"))
                .hasMessage("unbalanced parenthesis at character 4");
        assertThatThrownBy(() -> TopicQuery.parse("\"acme corp"))
                .hasMessage("unclosed quote at character 0");
        assertThatThrownBy(() -> TopicQuery.parse("acme OR"))
                .hasMessageStartingWith("expected a term");
        assertThatThrownBy(() -> TopicQuery.parse("acme AND OR globex"))
                .hasMessageStartingWith("expected a term, found OR");
        assertThatThrownBy(() -> TopicQuery.parse("  "))
                .hasMessageStartingWith("query is empty");
        assertThatThrownBy(() -> TopicQuery.parse("!!!"))
                .hasMessageStartingWith("term has no letter or digit");
        assertThatThrownBy(() -> TopicQuery.parse("(".repeat(40) + "acme" + ")".repeat(40)))
                .hasMessageStartingWith("parentheses nested deeper than");
    }

    @Test
    void rejectsQueriesThatOnlyExclude() {
        assertThatThrownBy(() -> TopicQuery.parse("NOT acme"))
                .hasMessageStartingWith("query must require at least one term");
        assertThatThrownBy(() -> TopicQuery.parse("-acme OR globex"))
                .hasMessageStartingWith("query must require at least one term");
    }
}
