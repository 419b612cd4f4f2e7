package io.touchpointhub.connectors.web.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Objects;
import okhttp3.Dns;

/**
 * Resolves host names for the crawler's OkHttp client and drops every address the {@link NetworkGuard}
 * refuses, so that a public-looking name pointing at {@code 127.0.0.1} or at the metadata service is
 * never connected to. Filtering (rather than checking once before the request) also covers names that
 * resolve differently on the next lookup, since OkHttp connects only to the addresses returned here.
 */
final class GuardedDns implements Dns {

    private final Dns delegate;
    private final NetworkGuard guard;

    GuardedDns(Dns delegate, NetworkGuard guard) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
        List<InetAddress> resolved = delegate.lookup(hostname);
        if (guard.allowsHost(hostname)) {
            return resolved;
        }
        List<InetAddress> allowed = resolved.stream().filter(a -> guard.refusal(a).isEmpty()).toList();
        if (allowed.isEmpty()) {
            String reason = resolved.isEmpty() ? "nothing" : guard.refusal(resolved.get(0)).orElse("nothing");
            throw new RefusedAddressException(hostname, reason);
        }
        return allowed;
    }

    /**
     * Thrown through OkHttp, which passes {@link UnknownHostException}s from its {@code Dns} up to the
     * caller unchanged; the fetcher turns it into a {@link RefusedUrlException}.
     */
    static final class RefusedAddressException extends UnknownHostException {

        private final String reason;

        RefusedAddressException(String hostname, String reason) {
            super(hostname + " resolves only to refused addresses (" + reason + ")");
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }
}
