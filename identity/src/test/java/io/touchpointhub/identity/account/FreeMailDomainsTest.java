package io.touchpointhub.identity.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FreeMailDomainsTest {

    private final FreeMailDomains builtIn = FreeMailDomains.builtIn();

    @Test
    void consumerMailDomainsAreFree() {
        for (String domain : List.of("gmail.com", "googlemail.com", "outlook.com", "icloud.com", "qq.com", "163.com",
                "126.com", "proton.me", "protonmail.com", "web.de", "mail.ru", "foxmail.com", "aliyun.com")) {
            assertThat(builtIn.isFree(domain)).as(domain).isTrue();
        }
    }

    @Test
    void wildcardEntriesCoverEveryPublicSuffix() {
        assertThat(builtIn.isFree(AccountDomains.ofEmail("a@hotmail.co.uk"))).isTrue();
        assertThat(builtIn.isFree(AccountDomains.ofEmail("a@yahoo.co.jp"))).isTrue();
        assertThat(builtIn.isFree(AccountDomains.ofEmail("a@gmx.de"))).isTrue();
        assertThat(builtIn.isFree(AccountDomains.ofEmail("a@yandex.ru"))).isTrue();
    }

    @Test
    void companyDomainsAreNotFree() {
        assertThat(builtIn.isFree("acme.com")).isFalse();
        assertThat(builtIn.isFree("alibaba-inc.com")).isFalse();
        assertThat(builtIn.isFree("hotmailer.com")).isFalse();
    }

    @Test
    void configuredAdditionsAreFreeToo() {
        FreeMailDomains extended = FreeMailDomains.builtInPlus(List.of("Staff.Example-ISP.net", "freebie.*", " "));

        assertThat(extended.isFree("example-isp.net")).isTrue();
        assertThat(extended.isFree(AccountDomains.ofEmail("a@freebie.de"))).isTrue();
        assertThat(extended.size()).isEqualTo(builtIn.size() + 2);
    }
}
