package io.touchpointhub.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountNamesTest {

    @Test
    void legalFormsDoNotSplitACompany() {
        assertThat(AccountNames.key("Acme Ltd")).isEqualTo("acme");
        assertThat(AccountNames.key("ACME Limited")).isEqualTo("acme");
        assertThat(AccountNames.key("Acme, Inc.")).isEqualTo("acme");
        assertThat(AccountNames.key("acme")).isEqualTo("acme");
        assertThat(AccountNames.key("Acme GmbH & Co. KG")).isEqualTo("acme");
        assertThat(AccountNames.key("Acme S.p.A.")).isEqualTo("acme");
        assertThat(AccountNames.key("Acme S.A.")).isEqualTo("acme");
        assertThat(AccountNames.key("Acme L.L.C.")).isEqualTo("acme");
    }

    @Test
    void ampersandReadsAsAndAndAccentsAndCaseFold() {
        assertThat(AccountNames.key("Müller & Söhne GmbH")).isEqualTo(AccountNames.key("MULLER AND SOHNE"));
        // a key, not a display name: its words are sorted, so word order does not split a company
        assertThat(AccountNames.key("Société Générale S.A.")).isEqualTo("generale societe");
        assertThat(AccountNames.key("Generale Societe")).isEqualTo(AccountNames.key("Société Générale"));
        assertThat(AccountNames.key("Smith & Co.")).isEqualTo("smith");
    }

    @Test
    void fullWidthFormsAreTheirAsciiTwins() {
        assertThat(AccountNames.key("ＡＣＭＥ　Ｌｔｄ．")).isEqualTo("acme");
    }

    @Test
    void chineseLegalFormsGroupAndRegionQualifiersAreDropped() {
        assertThat(AccountNames.key("阿里巴巴（中国）有限公司")).isEqualTo("阿里巴巴");
        assertThat(AccountNames.key("阿里巴巴(中国)有限公司")).isEqualTo("阿里巴巴");
        assertThat(AccountNames.key("阿里巴巴集团")).isEqualTo("阿里巴巴");
        assertThat(AccountNames.key("阿里巴巴集团控股有限公司")).isNotEqualTo("阿里巴巴"); // 控股 (holding) is kept
        assertThat(AccountNames.key("华为技术股份有限公司")).isEqualTo("华为技术");
        assertThat(AccountNames.key("Alibaba (China) Co., Ltd.")).isEqualTo("alibaba");
    }

    @Test
    void aNameThatIsOnlyPunctuationOrAQualifierHasNoKeyOrKeepsTheQualifier() {
        assertThat(AccountNames.key(" -- ")).isNull();
        assertThat(AccountNames.key("(Acme)")).isEqualTo("acme");
        assertThat(AccountNames.key(null)).isNull();
    }

    @Test
    void countriesAreIsoCodesWhetherWrittenAsCodeOrEnglishName() {
        assertThat(AccountNames.country("GB")).isEqualTo("gb");
        assertThat(AccountNames.country("United Kingdom")).isEqualTo("gb");
        assertThat(AccountNames.country("UK")).isEqualTo("gb");
        assertThat(AccountNames.country("germany")).isEqualTo("de");
        assertThat(AccountNames.country("中国")).isEqualTo("cn");
        assertThat(AccountNames.country("Atlantis")).isNull();
    }
}
