package io.touchpointhub.identity.match.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizersTest {

    @Test
    void latinNamesLoseCaseAccentsPunctuationAndTitles() {
        assertThat(NameNormalizer.normalize("  José  O'Brien ")).isEqualTo("jose obrien");
        assertThat(NameNormalizer.normalize("MARY-JANE")).isEqualTo("mary jane");
        assertThat(NameNormalizer.normalize("Dr. Zoë Müller Jr.")).isEqualTo("zoe muller");
        assertThat(NameNormalizer.normalize("Łukasz Søren")).isEqualTo("lukasz soren");
        assertThat(NameNormalizer.normalize(" , ")).isNull();
    }

    @Test
    void chineseNamesKeepTheirCharactersAndLoseOnlySpaces() {
        assertThat(NameNormalizer.normalize("张 伟")).isEqualTo("张伟");
        assertThat(NameNormalizer.normalize("王·小明")).isEqualTo("王小明");
    }

    @Test
    void fullWidthFormsBecomeHalfWidth() {
        assertThat(NameNormalizer.normalize("ＪＯＨＮ")).isEqualTo("john");
        assertThat(Codes.phone("１３８ ００１３ ８０００")).isEqualTo("800138000");
        assertThat(Codes.code("ＳＷ１Ａ １ＡＡ")).isEqualTo("SW1A1AA");
    }

    @Test
    void nicknamesPairANameWithItsOwnNicknamesOnly() {
        Nicknames nicknames = Nicknames.english();

        assertThat(nicknames.equivalent("bill", "william")).isTrue();
        assertThat(nicknames.equivalent("william", "bill")).isTrue();
        assertThat(nicknames.equivalent("peggy", "margaret")).isTrue();
        assertThat(nicknames.equivalent("fred", "robert")).isFalse();
        assertThat(nicknames.size()).isGreaterThan(1000);
    }

    @Test
    void addressesSpellOutAbbreviationsAndUnits() {
        assertThat(AddressNormalizer.normalize("12 High St.")).isEqualTo("12 high street");
        assertThat(AddressNormalizer.normalize("12 High Street")).isEqualTo("12 high street");
        assertThat(AddressNormalizer.normalize("Flat 3, 5 Kings Rd")).isEqualTo("unit 3 5 kings road");
        assertThat(AddressNormalizer.normalize("3/5 Kings Rd")).isEqualTo("unit 3 5 kings road");
        assertThat(AddressNormalizer.normalize("Apt 7B 40 Elm Ave")).isEqualTo("unit 7b 40 elm avenue");
        assertThat(AddressNormalizer.normalize("北京市 朝阳区")).isEqualTo("北京市朝阳区");
    }

    @Test
    void companiesLoseTheirLegalForm() {
        assertThat(CompanyNormalizer.normalize("ACME Ltd.")).isEqualTo("acme");
        assertThat(CompanyNormalizer.normalize("Acme Limited")).isEqualTo("acme");
        assertThat(CompanyNormalizer.normalize("The Acme Company, Inc.")).isEqualTo("acme");
        assertThat(CompanyNormalizer.normalize("Müller & Söhne GmbH")).isEqualTo("muller sohne");
        assertThat(CompanyNormalizer.normalize("阿里巴巴（中国）有限公司")).isEqualTo("阿里巴巴中国");
        assertThat(CompanyNormalizer.normalize("Limited")).isEqualTo("limited");
    }

    @Test
    void companiesLoseLegalFormsAnywhereAndSpellOutAbbreviations() {
        assertThat(CompanyNormalizer.normalize("N.V. Philips' Gloeilampenfabrieken")).isEqualTo("gloeilampenfabrieken philip");
        assertThat(CompanyNormalizer.normalize("Koninklijke Philips Electronics N.V."))
                .isEqualTo("electronic koninklijke philip");
        assertThat(CompanyNormalizer.normalize("KONINK PHILIPS ELECTRONICS N V")).isEqualTo("electronic koninklijke philip");
        assertThat(CompanyNormalizer.normalize("Shell Internat. Research Mij B.V."))
                .isEqualTo("international maatschappij research shell");
        assertThat(CompanyNormalizer.normalize("I.B.M. Corp.")).isEqualTo("ibm");
        assertThat(CompanyNormalizer.normalize("Hitachi Global Storage Technologies Netherlands B.V."))
                .isEqualTo("global hitachi netherland storage technology");
        assertThat(CompanyNormalizer.normalize("AKZO NOBEL V")).isEqualTo("akzo nobel");
    }

    @Test
    void datesParseWithThePatternsAndKeepTyposDigitByDigit() {
        DateNormalizer febrl = new DateNormalizer(List.of("yyyyMMdd"));
        DateNormalizer iso = new DateNormalizer(List.of("yyyy-MM-dd", "dd/MM/yyyy"));

        assertThat(febrl.normalize("19081209")).isEqualTo("19081209");
        assertThat(febrl.normalize("19990231")).isEqualTo("19990231");
        assertThat(iso.normalize("1971-06-24")).isEqualTo("19710624");
        assertThat(iso.normalize("24/06/1971")).isEqualTo("19710624");
        assertThat(iso.normalize("1971-13-24")).isEqualTo("19711324");
        assertThat(iso.normalize("soon")).isNull();
    }

    @Test
    void codesPhonesEmailsNumbersAndYearsHaveOneForm() {
        assertThat(Codes.code("sw1a 1aa")).isEqualTo("SW1A1AA");
        assertThat(Codes.phone("+44 (0)20 7946 0958")).isEqualTo("079460958").isEqualTo(Codes.phone("020 7946 0958"));
        assertThat(Codes.email(" Ann.Lee@Example.COM ")).isEqualTo("ann.lee@example.com");
        assertThat(Codes.email("not an address")).isNull();
        assertThat(Codes.number("$1,299.00")).isEqualTo("1299");
        assertThat(Codes.number("1.299,50 €")).isEqualTo("1299.5");
        assertThat(Codes.year("May 1999")).isEqualTo("1999");
        assertThat(Codes.gender("Female")).isEqualTo("f");
    }

    @Test
    void textTokensJoinCodesAndKeepTheirStem() {
        assertThat(TextTokens.tokens("Sony PS-LX350H Turntable")).contains("sony", "ps", "lx350h", "pslx350h", "turntable");
        assertThat(TextTokens.tokens("Electrolux Vacuum - EL6985B")).contains("el6985b", "el6985");
        assertThat(TextTokens.tokens("The Art of Databases")).containsExactly("art", "database");
    }
}
