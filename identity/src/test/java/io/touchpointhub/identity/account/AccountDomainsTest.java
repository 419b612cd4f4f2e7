package io.touchpointhub.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AccountDomainsTest {

    @Test
    void subdomainsOfOneRegistrableDomainAreOneDomain() {
        assertThat(AccountDomains.ofEmail("ana@eu.mail.acme.com")).isEqualTo("acme.com");
        assertThat(AccountDomains.ofEmail("bo@acme.com")).isEqualTo("acme.com");
        assertThat(AccountDomains.ofEmail("li@sales.acme.co.uk")).isEqualTo("acme.co.uk");
        assertThat(AccountDomains.ofEmail("wang@bj.alibaba.com.cn")).isEqualTo("alibaba.com.cn");
    }

    @Test
    void privateSuffixesKeepTheirTenantsApart() {
        assertThat(AccountDomains.registrable("acme.herokuapp.com")).isEqualTo("acme.herokuapp.com");
    }

    @Test
    void unknownSuffixesKeepTheLastTwoLabels() {
        assertThat(AccountDomains.ofEmail("ana@team.acme-1234.example")).isEqualTo("acme-1234.example");
    }

    @Test
    void websitesAreReadAsUrlsOrBareHosts() {
        assertThat(AccountDomains.ofWebsite("https://www.acme.com/about")).isEqualTo("acme.com");
        assertThat(AccountDomains.ofWebsite("acme.com")).isEqualTo("acme.com");
        assertThat(AccountDomains.ofWebsite("www.ACME.com.")).isEqualTo("acme.com");
    }

    @Test
    void ipLiteralsSingleLabelsAndJunkHaveNoDomain() {
        assertThat(AccountDomains.ofEmail("root@localhost")).isNull();
        assertThat(AccountDomains.ofEmail("a@[192.168.0.1]")).isNull();
        assertThat(AccountDomains.ofEmail("a@10.0.0.1")).isNull();
        assertThat(AccountDomains.ofEmail("no-at-sign")).isNull();
        assertThat(AccountDomains.ofWebsite("http://")).isNull();
    }

    @Test
    void internationalisedDomainsStayInUnicode() {
        assertThat(AccountDomains.ofEmail("li@销售.阿里巴巴.中国")).isEqualTo("阿里巴巴.中国");
    }
}
