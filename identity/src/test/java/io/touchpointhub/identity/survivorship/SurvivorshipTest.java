package io.touchpointhub.identity.survivorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.touchpointhub.model.AttributeValue;
import io.touchpointhub.model.GoldenAttribute;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurvivorshipTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static AttributeValue value(Object value, String source, long count, int day) {
        return new AttributeValue(value, source, count, T0, T0.plusSeconds(86_400L * day));
    }

    private static Survivorship with(String attribute, AttributeRule rule) {
        return new Survivorship(AttributeRule.of(SurvivorshipRule.MOST_RECENT), Map.of(attribute, rule));
    }

    private static GoldenAttribute choose(Survivorship survivorship, String attribute, AttributeValue... values) {
        return survivorship.choose(attribute, Arrays.asList(values)).orElseThrow();
    }

    @Test
    void mostRecentTakesTheValueSeenLast() {
        GoldenAttribute golden = choose(with("phone", AttributeRule.of(SurvivorshipRule.MOST_RECENT)), "phone",
                value("+441", "web:shop", 9, 1), value("+442", "email:support", 1, 3), value("+443", "import:crm", 4, 2));

        assertThat(golden.value()).isEqualTo("+442");
        assertThat(golden.source()).isEqualTo("email:support");
        assertThat(golden.rule()).isEqualTo("most-recent");
        assertThat(golden.updatedAt()).isEqualTo(T0.plusSeconds(86_400L * 3));
    }

    @Test
    void mostRecentBreaksATieOfTimesByCountThenBySourceName() {
        Survivorship survivorship = with("phone", AttributeRule.of(SurvivorshipRule.MOST_RECENT));

        assertThat(choose(survivorship, "phone", value("+441", "web:a", 1, 1), value("+442", "web:b", 2, 1)).value())
                .isEqualTo("+442");
        assertThat(choose(survivorship, "phone", value("+442", "web:b", 1, 1), value("+441", "web:a", 1, 1)).value())
                .isEqualTo("+441");
    }

    @Test
    void mostFrequentSumsAValueOverItsSourcesAndShowsTheSourceThatSentItLast() {
        GoldenAttribute golden = choose(with("birthday", AttributeRule.of(SurvivorshipRule.MOST_FREQUENT)), "birthday",
                value("1980-01-02", "web:shop", 2, 5), value("1980-02-01", "import:crm", 2, 1),
                value("1980-02-01", "email:support", 1, 2));

        assertThat(golden.value()).isEqualTo("1980-02-01");
        assertThat(golden.source()).isEqualTo("email:support");
        assertThat(golden.rule()).isEqualTo("most-frequent");
        assertThat(golden.alternatives()).extracting(AttributeValue::source).containsExactly("web:shop", "import:crm");
    }

    @Test
    void mostFrequentBreaksATieByRecency() {
        GoldenAttribute golden = choose(with("birthday", AttributeRule.of(SurvivorshipRule.MOST_FREQUENT)), "birthday",
                value("1980-01-02", "web:shop", 3, 1), value("1980-02-01", "import:crm", 3, 4));

        assertThat(golden.value()).isEqualTo("1980-02-01");
    }

    @Test
    void sourcePriorityPrefersAListedSourceOverANewerValueFromAnother() {
        Survivorship survivorship = with("name", AttributeRule.sourcePriority(List.of("import", "web"),
                SurvivorshipRule.MOST_RECENT));

        GoldenAttribute golden = choose(survivorship, "name",
                value("Jon Smith", "web:shop", 5, 9), value("John Smith", "import:legacy-crm", 1, 1));

        assertThat(golden.value()).isEqualTo("John Smith");
        assertThat(golden.source()).isEqualTo("import:legacy-crm");
        assertThat(golden.rule()).isEqualTo("source-priority");
        assertThat(golden.alternatives()).singleElement()
                .satisfies(alt -> assertThat(alt.value()).isEqualTo("Jon Smith"));
    }

    @Test
    void sourcePriorityMatchesAChannelASourceNameOrBoth() {
        AttributeRule rule = AttributeRule.sourcePriority(List.of("web:app", "legacy-crm", "Marketplace"), null);

        assertThat(rule.rank("web:app")).isZero();
        assertThat(rule.rank("import:legacy-crm")).isEqualTo(1);
        assertThat(rule.rank("marketplace:it-shop")).isEqualTo(2);
        assertThat(rule.rank("web:shop")).isEqualTo(3);
    }

    @Test
    void sourcePriorityLetsTheFallbackDecideWithinTheBestSource() {
        Survivorship survivorship = with("tier", AttributeRule.sourcePriority(List.of("web:app"),
                SurvivorshipRule.MOST_FREQUENT));

        GoldenAttribute golden = choose(survivorship, "tier",
                value("gold", "web:app", 3, 1), value("silver", "web:app", 1, 5), value("bronze", "web:shop", 9, 9));

        assertThat(golden.value()).isEqualTo("gold");
        assertThat(golden.rule()).isEqualTo("source-priority");
    }

    @Test
    void sourcePriorityFallsBackWhenNoListedSourceHasAValueAndSaysSo() {
        Survivorship survivorship = with("name", AttributeRule.sourcePriority(List.of("import"),
                SurvivorshipRule.MOST_RECENT));

        GoldenAttribute golden = choose(survivorship, "name",
                value("Jon Smith", "web:shop", 5, 1), value("Johnny", "social:mastodon", 1, 2));

        assertThat(golden.value()).isEqualTo("Johnny");
        assertThat(golden.rule()).isEqualTo("most-recent");
    }

    @Test
    void anAttributeWithoutCandidatesHasNoGoldenValue() {
        Survivorship survivorship = Survivorship.defaults();

        assertThat(survivorship.choose("name", List.of())).isEmpty();
        assertThat(survivorship.choose("name", List.of(new AttributeValue(null, "web:shop", 1, T0, T0)))).isEmpty();
        assertThat(survivorship.golden(Map.of("name", List.of(), "phone", List.of(value("+441", "web:a", 1, 1)))))
                .containsOnlyKeys("phone");
    }

    @Test
    void attributesWithoutARuleUseTheDefaultRuleAndNamesMatchIgnoringCaseAndSeparators() {
        Survivorship survivorship = new Survivorship(AttributeRule.of(SurvivorshipRule.MOST_FREQUENT),
                Map.of("first_name", AttributeRule.of(SurvivorshipRule.MOST_RECENT)));

        assertThat(survivorship.ruleFor("firstName").rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
        assertThat(survivorship.ruleFor("first-name").rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
        assertThat(survivorship.ruleFor("company").rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
    }

    @Test
    void defaultsTrustCrmImportsForNamesAndCountBirthdays() {
        Survivorship defaults = Survivorship.defaults();

        assertThat(defaults.ruleFor("name").rule()).isEqualTo(SurvivorshipRule.SOURCE_PRIORITY);
        assertThat(defaults.ruleFor("name").sources()).startsWith("import");
        assertThat(defaults.ruleFor("birthday").rule()).isEqualTo(SurvivorshipRule.MOST_FREQUENT);
        assertThat(defaults.ruleFor("email").rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
        assertThat(defaults.ruleFor("address").rule()).isEqualTo(SurvivorshipRule.MOST_RECENT);
    }

    @Test
    void rejectsSourcePriorityWithoutSourcesAndSourcePriorityAsFallback() {
        assertThatThrownBy(() -> new AttributeRule(SurvivorshipRule.SOURCE_PRIORITY, List.of(), null))
                .hasMessageContaining("sources");
        assertThatThrownBy(() -> AttributeRule.sourcePriority(List.of("web"), SurvivorshipRule.SOURCE_PRIORITY))
                .hasMessageContaining("fallback");
        assertThatThrownBy(() -> SurvivorshipRule.fromWireName("newest")).hasMessageContaining("most-recent");
    }
}
