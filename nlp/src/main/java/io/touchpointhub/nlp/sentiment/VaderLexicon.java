package io.touchpointhub.nlp.sentiment;

import io.touchpointhub.nlp.NlpException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * VADER's human-rated valence lexicon (C.J. Hutto, MIT licence; see NOTICE): about 7,500 words,
 * emoticons and slang, each with its mean valence on −4 … +4. Immutable once loaded.
 */
public final class VaderLexicon {

    static final String RESOURCE = "vader_lexicon.txt";

    private final Map<String, Double> valences;

    private VaderLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    /** The lexicon shipped with the hub. */
    public static VaderLexicon load() {
        try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new NlpException("The VADER lexicon resource " + RESOURCE + " is missing");
            }
            return new VaderLexicon(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new NlpException("Reading the VADER lexicon failed", e);
        }
    }

    private static Map<String, Double> parse(BufferedReader reader) throws IOException {
        Map<String, Double> valences = new HashMap<>(16_384);
        String line;
        while ((line = reader.readLine()) != null) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            int next = line.indexOf('\t', tab + 1);
            String value = next < 0 ? line.substring(tab + 1) : line.substring(tab + 1, next);
            // a few entries appear twice with different ratings; like VADER, the last one wins
            valences.put(line.substring(0, tab), Double.parseDouble(value.trim()));
        }
        return valences;
    }

    /** The valence of a lower-cased word, if the lexicon has it. */
    public OptionalDouble valence(String lowerCaseWord) {
        Double value = valences.get(lowerCaseWord);
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    public boolean contains(String lowerCaseWord) {
        return valences.containsKey(lowerCaseWord);
    }

    public int size() {
        return valences.size();
    }
}
