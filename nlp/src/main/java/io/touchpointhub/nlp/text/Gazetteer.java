package io.touchpointhub.nlp.text;

import io.touchpointhub.model.EntityType;
import io.touchpointhub.model.NamedEntity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the hub is told about (products, brands, people, places), found case-insensitively on word
 * boundaries. Configured names win over whatever a recogniser guessed for the same span.
 */
public final class Gazetteer {

    private final List<Entry> entries;

    public Gazetteer(Map<EntityType, List<String>> names) {
        List<Entry> built = new ArrayList<>();
        names.forEach((type, list) -> list.stream().filter(n -> !n.isBlank()).forEach(name ->
                built.add(new Entry(type, Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.strip())
                        + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)))));
        this.entries = List.copyOf(built);
    }

    public static Gazetteer empty() {
        return new Gazetteer(Map.of());
    }

    public List<NamedEntity> find(String text) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<NamedEntity> found = new ArrayList<>();
        for (Entry entry : entries) {
            Matcher matcher = entry.pattern().matcher(text);
            while (matcher.find()) {
                found.add(new NamedEntity(matcher.group(), entry.type(), matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /** Configured names first; a recognised entity overlapping one of them is dropped. */
    public static List<NamedEntity> merge(List<NamedEntity> configured, List<NamedEntity> recognised) {
        List<NamedEntity> merged = new ArrayList<>(configured);
        for (NamedEntity entity : recognised) {
            boolean overlaps = merged.stream().anyMatch(e -> e.begin() < entity.end() && entity.begin() < e.end());
            if (!overlaps) {
                merged.add(entity);
            }
        }
        merged.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return merged;
    }

    private record Entry(EntityType type, Pattern pattern) {
    }

    @Override
    public String toString() {
        return "Gazetteer[" + entries.size() + " names]";
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
