package io.touchpointhub.connectors.web.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard on its own: which addresses it refuses, what the allowances open, and its DNS filter. */
class NetworkGuardTest {

    private final NetworkGuard strict = NetworkGuard.strict();

    @ParameterizedTest
    @CsvSource({
            "http://127.0.0.1/, loopback",
            "http://127.8.9.10:8080/feed, loopback",
            "http://127.1/, loopback",
            "http://2130706433/, loopback",
            "http://10.0.0.5/, private",
            "http://172.16.4.2/, private",
            "http://192.168.1.1/admin, private",
            "http://169.254.169.254/latest/meta-data/, metadata",
            "http://169.254.10.20/, link-local",
            "http://100.64.0.1/, cgnat",
            "http://0.0.0.0:9200/, unspecified",
            "http://224.0.0.1/, multicast",
            "http://255.255.255.255/, reserved",
            "http://[::1]/, loopback",
            "http://[fe80::1]/, link-local",
            "http://[fc00::1]/, unique-local",
            "http://[fd00:ec2::254]/latest/meta-data/, metadata",
            "http://[::ffff:127.0.0.1]/, loopback",
            "http://[::ffff:a9fe:a9fe]/, metadata",
            "http://[64:ff9b::a00:1]/, private",
            "http://[2002:c0a8:101::1]/, private"})
    void refusesUrlsWhoseLiteralAddressIsNotPublic(String url, String kind) {
        assertThatThrownBy(() -> strict.checkUrl(HttpUrl.get(url)))
                .isInstanceOf(RefusedUrlException.class)
                .hasMessageContaining("its address is " + kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.215.14/feed", "http://[2606:2800:21f:cb07:6820:80da:af6b:8b2c]/",
            "https://blog.example.com/feed/"})
    void letsPublicAddressesAndHostNamesThrough(String url) {
        assertThatCode(() -> strict.checkUrl(HttpUrl.get(url))).doesNotThrowAnyException();
    }

    @Test
    void privateNetworkAllowanceOpensPrivateRangesButNeverMetadata() {
        NetworkGuard intranet = new NetworkGuard(true, List.of());

        assertThatCode(() -> intranet.checkUrl(HttpUrl.get("http://10.1.2.3/feed"))).doesNotThrowAnyException();
        assertThatCode(() -> intranet.checkUrl(HttpUrl.get("http://[::1]/feed"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> intranet.checkUrl(HttpUrl.get("http://169.254.169.254/latest/")))
                .isInstanceOf(RefusedUrlException.class);
        assertThatThrownBy(() -> intranet.checkUrl(HttpUrl.get("http://0.0.0.0/")))
                .isInstanceOf(RefusedUrlException.class);
    }

    @Test
    void allowListOpensExactlyTheNamedHostOrBlock() throws Exception {
        NetworkGuard guard = new NetworkGuard(false, List.of("127.0.0.1", "10.20.0.0/16", "Intranet.Example"));

        assertThatCode(() -> guard.checkUrl(HttpUrl.get("http://127.0.0.1:8080/"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.checkUrl(HttpUrl.get("http://127.0.0.2/"))).isInstanceOf(RefusedUrlException.class);
        assertThat(guard.refusal(InetAddress.getByName("10.20.30.40"))).isEmpty();
        assertThat(guard.refusal(InetAddress.getByName("10.21.0.1"))).contains("private");
        assertThat(guard.allowsHost("intranet.example")).isTrue();
        assertThat(guard.allowsHost("localhost")).isFalse();
    }

    @Test
    void rejectsAllowListEntriesThatAreNotHostsOrBlocks() {
        assertThatThrownBy(() -> new NetworkGuard(false, List.of("10.0.0.0/33")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NetworkGuard(false, List.of("intranet/8")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dnsRefusesAHostNameThatResolvesToLoopback() {
        GuardedDns dns = new GuardedDns(Dns.SYSTEM, strict);

        assertThatThrownBy(() -> dns.lookup("localhost"))
                .isInstanceOf(UnknownHostException.class)
                .hasMessageContaining("refused addresses (loopback)");
    }

    @Test
    void dnsKeepsOnlyThePublicAddressesOfAMixedAnswer() throws Exception {
        InetAddress internal = InetAddress.getByName("10.0.0.7");
        InetAddress external = InetAddress.getByName("93.184.215.14");
        GuardedDns dns = new GuardedDns(host -> List.of(internal, external), strict);

        assertThat(dns.lookup("rebinding.example")).containsExactly(external);
    }

    @Test
    void dnsLetsAnAllowedHostResolveToAnything() throws Exception {
        InetAddress internal = InetAddress.getByName("10.0.0.7");
        GuardedDns dns = new GuardedDns(host -> List.of(internal), new NetworkGuard(false, List.of("wiki.corp")));

        assertThat(dns.lookup("wiki.corp")).containsExactly(internal);
        assertThatThrownBy(() -> dns.lookup("other.corp")).isInstanceOf(UnknownHostException.class);
    }
}
