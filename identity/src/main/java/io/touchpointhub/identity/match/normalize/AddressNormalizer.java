package io.touchpointhub.identity.match.normalize;

import java.util.Map;

/**
 * Street addresses and address lines: folded words with the usual abbreviations written out
 * ("12 High St." → "12 high street", "Flat 3, 5 Kings Rd" → "unit 3 5 kings road", "3/5 Kings Rd" →
 * "unit 3 5 kings road"). Chinese addresses keep their characters (NFKC only, whitespace removed).
 */
public final class AddressNormalizer {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("st", "street"), Map.entry("str", "street"), Map.entry("rd", "road"),
            Map.entry("ave", "avenue"), Map.entry("av", "avenue"), Map.entry("dr", "drive"),
            Map.entry("drv", "drive"), Map.entry("ln", "lane"), Map.entry("ct", "court"),
            Map.entry("crt", "court"), Map.entry("pl", "place"), Map.entry("cres", "crescent"),
            Map.entry("cr", "crescent"), Map.entry("hwy", "highway"), Map.entry("blvd", "boulevard"),
            Map.entry("pde", "parade"), Map.entry("tce", "terrace"), Map.entry("terr", "terrace"),
            Map.entry("sq", "square"), Map.entry("mt", "mount"), Map.entry("cl", "close"),
            Map.entry("gr", "grove"), Map.entry("gro", "grove"), Map.entry("esp", "esplanade"),
            Map.entry("pkwy", "parkway"), Map.entry("cct", "circuit"), Map.entry("cir", "circle"),
            Map.entry("wy", "way"), Map.entry("sth", "south"), Map.entry("nth", "north"),
            Map.entry("apt", "unit"), Map.entry("apartment", "unit"), Map.entry("flat", "unit"),
            Map.entry("ste", "unit"), Map.entry("suite", "unit"), Map.entry("fl", "floor"),
            Map.entry("bldg", "building"), Map.entry("po", "po"), Map.entry("rte", "route"));

    private AddressNormalizer() {
    }

    /** The normalised address, or null when it holds no letters or digits. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String nfkc = Scripts.nfkc(raw);
        if (Scripts.hasCjk(nfkc)) {
            String compact = nfkc.replaceAll("\\s+", "");
            return compact.isEmpty() ? null : compact;
        }
        String folded = Scripts.fold(nfkc).replace('#', ' ').replaceAll("(\\d+)\\s*/\\s*(\\d+)", "unit $1 $2");
        String words = Scripts.words(folded);
        if (words == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (String word : words.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(WORDS.getOrDefault(word, word));
        }
        return out.toString();
    }
}
