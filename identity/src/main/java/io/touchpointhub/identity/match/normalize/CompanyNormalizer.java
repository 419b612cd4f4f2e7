package io.touchpointhub.identity.match.normalize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Company names as a comparable set of words: legal forms dropped wherever they stand ("ACME Ltd.",
 * "Acme Limited", "The Acme Company", "B.V. Acme" are all "acme"), spelled-out letters joined
 * ("I.B.M." → "ibm", so "N. V." becomes the legal form "nv"), common abbreviations written out
 * ("Intl", "Internat" → "international"; "Mij" → "maatschappij"; "Tech" → "technology"), plurals
 * reduced ("Technologies" → "technology", "Electronics" → "electronic"); the words sorted, since their
 * order carries little ("Philips Electronics Koninklijke" is "Koninklijke Philips Electronics"). "&" reads as "and". "阿里巴巴（中国）有限公司" loses "有限公司". A name that is nothing but a legal
 * form keeps it.
 */
public final class CompanyNormalizer {

    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "inc", "incorporated", "corp",
            "corporation", "co", "company", "llc", "llp", "lp", "plc", "gmbh", "mbh", "ag", "kg", "kgaa", "sa",
            "sas", "sarl", "srl", "spa", "bv", "nv", "vof", "cv", "oy", "oyj", "ab", "as", "asa", "aps", "pty",
            "pte", "kk", "sl", "sro", "ohg", "ug", "se", "bhd", "sdn", "holdings", "holding", "group", "the",
            "aktiengesellschaft", "aktienges", "gesellschaft", "ges", "vzw", "asbl", "sti", "ltda", "cia");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"), Map.entry("int", "international"),
            Map.entry("internat", "international"), Map.entry("mij", "maatschappij"),
            Map.entry("maatsch", "maatschappij"), Map.entry("tech", "technology"), Map.entry("techn", "technology"),
            Map.entry("technol", "technology"), Map.entry("ind", "industry"), Map.entry("inds", "industry"),
            Map.entry("mfg", "manufacturing"), Map.entry("natl", "national"), Map.entry("nat", "national"),
            Map.entry("assoc", "associate"), Map.entry("bros", "brother"), Map.entry("lab", "laboratory"),
            Map.entry("labs", "laboratory"), Map.entry("elec", "electric"), Map.entry("electr", "electric"),
            Map.entry("konink", "koninklijke"), Map.entry("kon", "koninklijke"), Map.entry("res", "research"),
            Map.entry("dev", "development"), Map.entry("svc", "service"), Map.entry("svcs", "service"),
            Map.entry("sys", "system"), Map.entry("univ", "university"), Map.entry("ctr", "center"),
            Map.entry("centre", "center"), Map.entry("cent", "center"), Map.entry("chem", "chemical"),
            Map.entry("pharm", "pharmaceutical"), Map.entry("pharma", "pharmaceutical"), Map.entry("eur", "european"),
            Map.entry("euro", "european"), Map.entry("europe", "european"), Map.entry("europa", "european"), Map.entry("amer", "american"),
            Map.entry("and", ""), Map.entry("of", ""), Map.entry("en", ""), Map.entry("und", ""), Map.entry("et", ""));
    private static final List<String> CJK_LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限責任公司",
            "有限公司", "株式会社", "有限会社", "集团", "集團", "公司");

    private CompanyNormalizer() {
    }

    /** The normalised company name, or null when nothing is left. */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String nfkc = Scripts.nfkc(raw);
        if (Scripts.hasCjk(nfkc)) {
            return cjk(nfkc);
        }
        String words = Scripts.words(Scripts.fold(nfkc).replace("&", " and "));
        if (words == null) {
            return null;
        }
        List<String> tokens = joinLetters(words.split(" "));
        List<String> kept = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            String word = word(token);
            if (!word.isEmpty() && !LEGAL_FORMS.contains(word)) {
                kept.add(word);
            }
        }
        List<String> name = kept.isEmpty() ? tokens : kept;
        return String.join(" ", name.stream().distinct().sorted().toList());
    }

    /** One word written out and without its plural; "" for a filler word. */
    static String word(String token) {
        String full = ABBREVIATIONS.getOrDefault(token, token);
        if (full.length() > 4 && full.endsWith("ies")) {
            return full.substring(0, full.length() - 3) + "y";
        }
        if (full.length() > 4 && full.endsWith("s") && !full.endsWith("ss") && !full.endsWith("us")) {
            return full.substring(0, full.length() - 1);
        }
        return full;
    }

    /**
     * Runs of single letters become one word ("i b m" → "ibm", "b v" → "bv"); a lone letter among
     * longer words is dropped (what is left of an initial or of a mangled "B.V.").
     */
    private static List<String> joinLetters(String[] words) {
        List<String> out = new ArrayList<>(words.length);
        StringBuilder run = new StringBuilder();
        boolean longWords = false;
        for (String word : words) {
            longWords |= word.length() > 1;
        }
        for (String word : words) {
            if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
                run.append(word);
                continue;
            }
            flush(run, out, longWords);
            out.add(word);
        }
        flush(run, out, longWords);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out, boolean longWords) {
        if (run.length() > 1 || (run.length() == 1 && !longWords)) {
            out.add(run.toString());
        }
        run.setLength(0);
    }

    private static String cjk(String nfkc) {
        StringBuilder kept = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        String name = kept.toString();
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String form : CJK_LEGAL_FORMS) {
                if (name.endsWith(form) && name.length() > form.length()) {
                    name = name.substring(0, name.length() - form.length());
                    stripped = true;
                }
            }
        }
        return name.isEmpty() ? null : name.toLowerCase(java.util.Locale.ROOT);
    }
}
