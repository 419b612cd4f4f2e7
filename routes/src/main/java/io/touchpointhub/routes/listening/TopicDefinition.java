package io.touchpointhub.routes.listening;

import java.util.List;

/**
 * One tracked topic: a brand, product, competitor or campaign, and the boolean query that says which texts
 * mention it.
 *
 * @param name    unique, lower-case name; what touchpoints carry in their {@code topics} field
 * @param kind    {@code brand}, {@code product}, {@code competitor}, {@code campaign} or {@code other}
 * @param query   the topic query (docs/listening.md): terms, "quoted phrases", #hashtags, AND, OR, NOT, ( )
 * @param exclude phrases that disqualify a text even when the query matches it
 */
public record TopicDefinition(String name, String kind, String query, List<String> exclude) {

    public TopicDefinition {
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
