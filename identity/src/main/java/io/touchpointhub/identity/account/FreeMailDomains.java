package io.touchpointhub.identity.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * E-mail domains that say nothing about a person's employer (free mail, consumer ISPs, disposable and
 * placeholder domains): the built-in list {@code free-mail-domains.txt} plus configured additions.
 * An entry {@code hotmail.*} covers that label under every public suffix. Immutable, thread-safe.
 */
public final class FreeMailDomains {

    private static final String LIST = "free-mail-domains.txt";

    private final Set<String> domains;
    private final Set<String> labels;

    private FreeMailDomains(Set<String> domains, Set<String> labels) {
        this.domains = Set.copyOf(domains);
        this.labels = Set.copyOf(labels);
    }

    /** The built-in list. */
    public static FreeMailDomains builtIn() {
        return builtInPlus(Set.of());
    }

    /** The built-in list and these entries (same syntax as the list's lines). */
    public static FreeMailDomains builtInPlus(Collection<String> additions) {
        Set<String> domains = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (String entry : read()) {
            add(entry, domains, labels);
        }
        additions.forEach(entry -> add(entry, domains, labels));
        return new FreeMailDomains(domains, labels);
    }

    /** Whether a registrable domain (see {@link AccountDomains#registrable}) is a free-mail domain. */
    public boolean isFree(String registrableDomain) {
        return domains.contains(registrableDomain) || labels.contains(AccountDomains.label(registrableDomain));
    }

    public int size() {
        return domains.size() + labels.size();
    }

    private static void add(String entry, Set<String> domains, Set<String> labels) {
        String e = entry == null ? "" : entry.trim().toLowerCase(Locale.ROOT);
        if (e.isEmpty() || e.startsWith("#")) {
            return;
        }
        if (e.endsWith(".*")) {
            labels.add(e.substring(0, e.length() - 2));
            return;
        }
        // listed hosts are compared as registrable domains, as addresses are ("vip.qq.com" is qq.com)
        String registrable = AccountDomains.registrable(e);
        domains.add(registrable == null ? e : registrable);
    }

    private static Set<String> read() {
        try (InputStream in = FreeMailDomains.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("free-mail list missing from the jar: " + LIST);
            }
            Set<String> lines = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().forEach(lines::add);
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + LIST, e);
        }
    }
}
