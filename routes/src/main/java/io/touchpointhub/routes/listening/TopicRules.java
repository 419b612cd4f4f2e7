package io.touchpointhub.routes.listening;

import io.touchpointhub.nlp.topic.InvalidTopicQueryException;
import io.touchpointhub.nlp.topic.TopicQuery;
import io.touchpointhub.nlp.topic.TopicRule;
import io.touchpointhub.routes.web.InvalidFieldException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What makes a topic definition valid, for configured topics and API requests alike. */
final class TopicRules {

    static final Set<String> KINDS = Set.of("brand", "product", "competitor", "campaign", "other");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final int MAX_EXCLUSIONS = 100;
    private static final int MAX_EXCLUSION_LENGTH = 200;

    private TopicRules() {
    }

    /**
     * A valid, normalised definition (name and kind lower-cased).
     *
     * @param field prefix of the field names in errors ({@code ""} for API bodies,
     *              {@code hub.listening.topics[2].} for configuration)
     * @throws InvalidFieldException naming the field and the rule
     */
    static TopicDefinition checked(String field, String name, String kind, String query, List<String> exclude) {
        String normalName = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        if (!NAME.matcher(normalName).matches()) {
            throw new InvalidFieldException(field + "name", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        String normalKind = kind == null ? "brand" : kind.strip().toLowerCase(Locale.ROOT);
        if (!KINDS.contains(normalKind)) {
            throw new InvalidFieldException(field + "kind", "must be one of brand, product, competitor, campaign, other");
        }
        try {
            TopicQuery.parse(query);
        } catch (InvalidTopicQueryException e) {
            throw new InvalidFieldException(field + "query", e.getMessage());
        }
        List<String> exclusions = exclude == null ? List.of() : exclude;
        if (exclusions.size() > MAX_EXCLUSIONS) {
            throw new InvalidFieldException(field + "exclude", "must have at most " + MAX_EXCLUSIONS + " phrases");
        }
        for (int i = 0; i < exclusions.size(); i++) {
            String phrase = exclusions.get(i);
            if (phrase == null || phrase.isBlank() || phrase.length() > MAX_EXCLUSION_LENGTH) {
                throw new InvalidFieldException(field + "exclude[" + i + "]",
                        "must be a phrase of 1 to " + MAX_EXCLUSION_LENGTH + " characters");
            }
            try {
                TopicQuery.phrase(phrase);
            } catch (InvalidTopicQueryException e) {
                throw new InvalidFieldException(field + "exclude[" + i + "]", e.rule());
            }
        }
        return new TopicDefinition(normalName, normalKind, query.strip(), exclusions.stream().map(String::strip).toList());
    }

    static TopicRule compile(TopicDefinition topic) {
        return TopicRule.of(topic.name(), topic.query(), topic.exclude());
    }
}
