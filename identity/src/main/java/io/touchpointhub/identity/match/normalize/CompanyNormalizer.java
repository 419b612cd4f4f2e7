package io.touchpointhub.identity.match.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Company names without their legal form: "ACME Ltd.", "Acme Limited" and "The Acme Company" are
 * "acme"; "阿里巴巴（中国）有限公司" loses "有限公司". "&" reads as "and". A name that is nothing but a legal
 * form keeps it. Dotted abbreviations count as the legal form they spell ("S.A.", "S.p.A.", "B.V.",
 * "L.L.C."), and a legal form joined by "and" goes with the "and" ("Acme GmbH &amp; Co. KG", "Smith &amp; Co."
 * are "acme", "smith").
 */
public final class CompanyNormalizer {

    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "inc", "incorporated", "corp",
            "corporation", "co", "company", "llc", "llp", "lp", "plc", "gmbh", "ag", "kg", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "oy", "oyj", "ab", "as", "asa", "aps", "pty", "pte", "kk", "sl", "sro",
            "ohg", "ug", "se", "cv", "bhd", "sdn", "holdings", "group");
    /* Single letters joined by dots ("s.a.", "s.p.a", "l.l.c."): read as one word. */
    private static final Pattern DOTTED = Pattern.compile("(?<!\\p{L})(?:\\p{L}\\.)+\\p{L}(?!\\p{L})\\.?");
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
        String words = Scripts.words(undot(Scripts.fold(nfkc)).replace("&", " and "));
        if (words == null) {
            return null;
        }
        List<String> tokens = new ArrayList<>(Arrays.asList(words.split(" ")));
        if (tokens.size() > 1 && tokens.get(0).equals("the")) {
            tokens.remove(0);
        }
        while (tokens.size() > 1 && LEGAL_FORMS.contains(tokens.get(tokens.size() - 1))) {
            tokens.remove(tokens.size() - 1);
            if (tokens.size() > 1 && tokens.get(tokens.size() - 1).equals("and")) {
                tokens.remove(tokens.size() - 1);
            }
        }
        return String.join(" ", tokens);
    }

    /** "s.p.a." becomes "spa", "l.l.c" becomes "llc". */
    private static String undot(String folded) {
        if (folded.indexOf('.') < 0) {
            return folded;
        }
        return DOTTED.matcher(folded).replaceAll(m -> m.group().replace(".", ""));
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
