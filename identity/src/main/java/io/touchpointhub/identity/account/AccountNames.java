package io.touchpointhub.identity.account;

import io.touchpointhub.identity.match.normalize.CompanyNormalizer;
import io.touchpointhub.identity.match.normalize.Scripts;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Account keys of company names and countries.
 *
 * <p>A name's key is {@link CompanyNormalizer}'s (case, accents, punctuation, full-width forms, "&amp;"
 * as "and", legal forms such as Ltd, Limited, Inc., GmbH, 有限公司, 股份有限公司, 集团 stripped) after
 * dropping parenthesised qualifiers: "阿里巴巴（中国）有限公司", "阿里巴巴集团" and "Alibaba (China) Co., Ltd."'s
 * Chinese twin are all "阿里巴巴". Legal forms and region qualifiers do not split accounts: an account is
 * the commercial relationship with a company, and "Acme Ltd" and "ACME, Inc." written by two people are
 * far more often one company than two. Where the company's address says otherwise (another country),
 * the country keeps them apart (see {@link AccountLinker}).
 */
public final class AccountNames {

    /* After NFKC full-width brackets are ASCII; 【】 and 〔〕 have no ASCII form. */
    private static final Pattern QUALIFIER = Pattern.compile("[(\\[【〔][^)\\]】〕]*[)\\]】〕]");
    private static final Map<String, String> COUNTRIES = countries();

    private AccountNames() {
    }

    /** The account key of a company name; null when nothing but punctuation or a qualifier is left. */
    public static String key(String companyName) {
        if (companyName == null || companyName.isBlank()) {
            return null;
        }
        String nfkc = Scripts.nfkc(companyName);
        String unqualified = QUALIFIER.matcher(nfkc).replaceAll(" ");
        String key = CompanyNormalizer.normalize(unqualified.isBlank() ? nfkc : unqualified);
        return key == null || key.isBlank() ? null : key;
    }

    /**
     * The ISO 3166 alpha-2 code (lower case) of a country given as a code ("GB", "gb", "GBR" is not
     * understood) or as its English name ("United Kingdom", "germany"); null when not recognised.
     */
    public static String country(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String words = Scripts.words(Scripts.fold(value));
        return words == null ? null : COUNTRIES.get(words);
    }

    private static Map<String, String> countries() {
        Map<String, String> countries = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            String lower = code.toLowerCase(Locale.ROOT);
            countries.put(lower, lower);
            String name = Scripts.words(Scripts.fold(new Locale("", code).getDisplayCountry(Locale.ENGLISH)));
            if (name != null) {
                countries.put(name, lower);
            }
        }
        countries.put("uk", "gb");
        countries.put("great britain", "gb");
        countries.put("england", "gb");
        countries.put("usa", "us");
        countries.put("united states of america", "us");
        countries.put("prc", "cn");
        countries.put("中国", "cn");
        countries.put("deutschland", "de");
        return Map.copyOf(countries);
    }
}
