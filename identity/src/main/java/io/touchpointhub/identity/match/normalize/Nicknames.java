package io.touchpointhub.identity.match.normalize;

import io.touchpointhub.identity.IdentityException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Given names that are the same person's name: "bill" and "william", "peggy" and "margaret".
 * Only a name and the nicknames listed with it are equivalent ("bill" ~ "fred" and "bill" ~ "robert"
 * does not make "fred" ~ "robert"). The list is carltonnorthern/nicknames (Apache-2.0, see NOTICE).
 */
public final class Nicknames {

    private static final String RESOURCE = "nicknames.csv";
    private static final Nicknames DEFAULT = load();

    private final Map<String, Set<String>> equivalents;

    private Nicknames(Map<String, Set<String>> equivalents) {
        this.equivalents = equivalents;
    }

    /** The bundled English list, loaded once. */
    public static Nicknames english() {
        return DEFAULT;
    }

    /** Whether two normalised first names are a name and one of its nicknames (either way round). */
    public boolean equivalent(String a, String b) {
        Set<String> names = equivalents.get(a);
        return names != null && names.contains(b);
    }

    /** How many names the list knows. */
    public int size() {
        return equivalents.size();
    }

    private static Nicknames load() {
        Map<String, Set<String>> equivalents = new HashMap<>();
        try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IdentityException("The nickname list " + RESOURCE + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    addGroup(equivalents, line.split(","));
                }
            }
        } catch (IOException e) {
            throw new IdentityException("The nickname list " + RESOURCE + " cannot be read", e);
        }
        return new Nicknames(equivalents);
    }

    private static void addGroup(Map<String, Set<String>> equivalents, String[] names) {
        String name = NameNormalizer.normalize(names[0]);
        for (int i = 1; i < names.length; i++) {
            String nickname = NameNormalizer.normalize(names[i]);
            if (name != null && nickname != null && !name.equals(nickname)) {
                equivalents.computeIfAbsent(name, k -> new HashSet<>()).add(nickname);
                equivalents.computeIfAbsent(nickname, k -> new HashSet<>()).add(name);
            }
        }
    }
}
