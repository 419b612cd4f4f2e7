package io.touchpointhub.identity.account;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.IDN;
import java.net.URI;
import java.util.Locale;

/**
 * Registrable domains ("eTLD+1"): {@code eu.mail.acme.co.uk} and {@code acme.co.uk} are one company's
 * {@code acme.co.uk}. Uses the public suffix list bundled with crawler-commons, private suffixes
 * included ({@code acme.herokuapp.com} stays apart from {@code other.herokuapp.com}). A host under a
 * suffix the list does not know ({@code .example}, {@code .test}, an intranet name) keeps its last two
 * labels, as if its top label were a plain top-level domain.
 */
public final class AccountDomains {

    private AccountDomains() {
    }

    /** The registrable domain of a host name, lower case and in Unicode; null when it has none. */
    public static String registrable(String host) {
        String clean = clean(host);
        if (clean == null) {
            return null;
        }
        String ascii;
        try {
            ascii = IDN.toASCII(clean, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return null;
        }
        String domain = EffectiveTldFinder.getAssignedDomain(ascii, true, false);
        if (domain == null) {
            domain = lastTwoLabels(ascii);
        }
        return domain == null ? null : IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
    }

    /** The registrable domain of an e-mail address's host part; null for anything that is not one. */
    public static String ofEmail(String email) {
        if (email == null) {
            return null;
        }
        int at = email.lastIndexOf('@');
        return at <= 0 || at == email.length() - 1 ? null : registrable(email.substring(at + 1));
    }

    /** The registrable domain of a web site given as a URL or a bare host ("acme.com", "https://www.acme.com/"). */
    public static String ofWebsite(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String value = website.trim();
        String withScheme = value.contains("://") ? value : "http://" + value;
        try {
            return registrable(URI.create(withScheme).getHost());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The label left of the public suffix, {@code hotmail} for {@code hotmail.co.uk}. */
    static String label(String registrable) {
        int dot = registrable.indexOf('.');
        return dot < 0 ? registrable : registrable.substring(0, dot);
    }

    private static String clean(String host) {
        if (host == null) {
            return null;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[") || h.isEmpty() || h.indexOf('.') < 0 || h.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return null; // IP literals and single labels name no organisation
        }
        return h;
    }

    private static String lastTwoLabels(String host) {
        String[] labels = host.split("\\.");
        if (labels.length < 2 || labels[labels.length - 1].isEmpty() || labels[labels.length - 2].isEmpty()) {
            return null;
        }
        return labels[labels.length - 2] + "." + labels[labels.length - 1];
    }
}
