package io.touchpointhub.connectors.web.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;

/**
 * The SSRF guard: decides which URLs and addresses the crawler may reach. A crawler fetches URLs that
 * came from configuration and from redirects chosen by remote servers, so without this guard a
 * redirect could make the hub read its own admin API, a database port or a cloud metadata service.
 *
 * <p>Refused unless allowed: loopback, private (RFC 1918, {@code fc00::/7}), link-local, CGNAT
 * ({@code 100.64.0.0/10}), multicast, unspecified and reserved addresses, and the cloud metadata
 * addresses ({@code 169.254.169.254}, {@code fd00:ec2::254}). {@code allowPrivateNetworks} opens the
 * private kinds (loopback, RFC 1918, unique-local, link-local, CGNAT) but never metadata, multicast,
 * unspecified or reserved addresses; an allow-list entry opens exactly what it names: a host name (or
 * IP literal) as written in URLs, or a CIDR block of addresses. Only {@code http} and {@code https}.
 */
public final class NetworkGuard {

    /**
     * What OkHttp itself takes for an IP address and connects to without asking its {@code Dns}: the
     * JDK then also reads shorthand such as {@code 127.1} or {@code 2130706433} as 127.0.0.1.
     */
    private static final Pattern IPV4_LIKE = Pattern.compile("[\\d.]+");

    /** What an address is, for the refusal reason and for what {@code allowPrivateNetworks} opens. */
    enum AddressKind {
        PUBLIC(false), LOOPBACK(true), PRIVATE(true), UNIQUE_LOCAL(true), LINK_LOCAL(true), CGNAT(true),
        METADATA(false), MULTICAST(false), UNSPECIFIED(false), RESERVED(false);

        private final boolean privateNetwork;

        AddressKind(boolean privateNetwork) {
            this.privateNetwork = privateNetwork;
        }
    }

    private final boolean allowPrivateNetworks;
    private final Set<String> allowedHosts;
    private final List<Cidr> allowedBlocks;

    /**
     * @param allowPrivateNetworks whether loopback and private networks may be reached (tests, intranets)
     * @param allowed              host names or IP literals (matched exactly against a URL's host) and
     *                             CIDR blocks such as {@code 10.1.0.0/16} (matched against addresses)
     * @throws IllegalArgumentException when an entry is neither a host name nor a valid CIDR block
     */
    public NetworkGuard(boolean allowPrivateNetworks, List<String> allowed) {
        this.allowPrivateNetworks = allowPrivateNetworks;
        this.allowedHosts = allowed.stream().filter(e -> !e.contains("/"))
                .map(NetworkGuard::canonicalHost).collect(Collectors.toUnmodifiableSet());
        this.allowedBlocks = allowed.stream().filter(e -> e.contains("/")).map(Cidr::parse).toList();
    }

    /** The guard with nothing allowed beyond public addresses: what a crawler of public sites needs. */
    public static NetworkGuard strict() {
        return new NetworkGuard(false, List.of());
    }

    /**
     * Checks what can be checked without DNS: the scheme, and the address when the host is an IP
     * literal (OkHttp connects to literals without asking its {@code Dns}).
     *
     * @throws RefusedUrlException when the URL must not be fetched
     */
    public void checkUrl(HttpUrl url) {
        if (!url.isHttps() && !"http".equals(url.scheme())) {
            throw new RefusedUrlException(url.toString(), "only http and https URLs are fetched");
        }
        String host = url.host();
        if (!isIpLiteral(host) || allowedHosts.contains(canonicalHost(host))) {
            return;
        }
        InetAddress address;
        try {
            address = literal(host);
        } catch (IllegalArgumentException e) {
            throw new RefusedUrlException(url.toString(), "its host is not a valid IP address");
        }
        refusal(address).ifPresent(reason -> {
            throw new RefusedUrlException(url.toString(), "its address is " + reason);
        });
    }

    /** Whether a host was allowed by name, so that whatever it resolves to may be reached. */
    boolean allowsHost(String host) {
        return allowedHosts.contains(canonicalHost(host));
    }

    /**
     * Why an address must not be reached ({@code "loopback"}, {@code "metadata"} ...), or empty when it
     * may be.
     */
    public Optional<String> refusal(InetAddress address) {
        if (allowedBlocks.stream().anyMatch(block -> block.contains(address))) {
            return Optional.empty();
        }
        AddressKind kind = kindOf(address);
        if (kind == AddressKind.PUBLIC || (kind.privateNetwork && allowPrivateNetworks)) {
            return Optional.empty();
        }
        return Optional.of(kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static AddressKind kindOf(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Inet4Address embedded = embeddedIpv4(v6);
            return embedded != null ? kindOf(embedded) : kindOfIpv6(v6);
        }
        byte[] b = address.getAddress();
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 169 && second == 254 && (b[2] & 0xff) == 169 && (b[3] & 0xff) == 254) {
            return AddressKind.METADATA;
        }
        if (first == 0 || address.isAnyLocalAddress()) {
            return AddressKind.UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return AddressKind.LOOPBACK;
        }
        if (address.isSiteLocalAddress()) {
            return AddressKind.PRIVATE;
        }
        if (address.isLinkLocalAddress()) {
            return AddressKind.LINK_LOCAL;
        }
        if (first == 100 && (second & 0xc0) == 64) {
            return AddressKind.CGNAT;
        }
        if (address.isMulticastAddress()) {
            return AddressKind.MULTICAST;
        }
        return first >= 240 ? AddressKind.RESERVED : AddressKind.PUBLIC;
    }

    private static AddressKind kindOfIpv6(Inet6Address address) {
        byte[] b = address.getAddress();
        if (isEc2Metadata(b)) {
            return AddressKind.METADATA;
        }
        if (address.isAnyLocalAddress()) {
            return AddressKind.UNSPECIFIED;
        }
        if (address.isLoopbackAddress()) {
            return AddressKind.LOOPBACK;
        }
        if (address.isLinkLocalAddress()) {
            return AddressKind.LINK_LOCAL;
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return AddressKind.UNIQUE_LOCAL;
        }
        if (address.isSiteLocalAddress()) {
            return AddressKind.PRIVATE; // fec0::/10, deprecated but still routable inside some networks
        }
        return address.isMulticastAddress() ? AddressKind.MULTICAST : AddressKind.PUBLIC;
    }

    /** fd00:ec2::254, the IPv6 address of the EC2 instance metadata service. */
    private static boolean isEc2Metadata(byte[] b) {
        byte[] metadata = {(byte) 0xfd, 0, 0x0e, (byte) 0xc2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x02, 0x54};
        return Arrays.equals(b, metadata);
    }

    /**
     * The IPv4 address inside an IPv6 one that reaches it anyway: IPv4-compatible ({@code ::a.b.c.d}),
     * NAT64 ({@code 64:ff9b::/96}) and 6to4 ({@code 2002::/16}). IPv4-mapped addresses are already
     * turned into {@link Inet4Address} by the JDK.
     */
    private static Inet4Address embeddedIpv4(Inet6Address address) {
        byte[] b = address.getAddress();
        int offset = -1;
        if (address.isIPv4CompatibleAddress() && !address.isLoopbackAddress() && !address.isAnyLocalAddress()) {
            offset = 12;
        } else if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            offset = 12;
        } else if (b[0] == 0x20 && b[1] == 0x02) {
            offset = 2;
        }
        if (offset < 0) {
            return null;
        }
        try {
            return (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, offset, offset + 4));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isIpLiteral(String host) {
        return host.contains(":") || IPV4_LIKE.matcher(host).matches();
    }

    /** Parses an IP literal without any DNS query (the JDK only resolves names, not literals). */
    static InetAddress literal(String host) {
        try {
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP literal: " + host, e);
        }
    }

    private static String canonicalHost(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        h = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        return h.contains(":") ? literal(h).getHostAddress() : h;
    }

    /** A block of addresses such as {@code 10.0.0.0/8} or {@code fd12:3456::/32}. */
    record Cidr(byte[] network, int prefix) {

        static Cidr parse(String text) {
            String[] parts = text.strip().split("/", 2);
            InetAddress address = literalOrFail(parts[0], text);
            int bits = address.getAddress().length * 8;
            int prefix;
            try {
                prefix = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR block: " + text, e);
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("not a CIDR block: " + text);
            }
            return new Cidr(address.getAddress(), prefix);
        }

        private static InetAddress literalOrFail(String address, String text) {
            if (!isIpLiteral(address)) {
                throw new IllegalArgumentException("not a CIDR block: " + text);
            }
            return literal(address);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
