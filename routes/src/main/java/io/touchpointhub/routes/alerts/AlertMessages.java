package io.touchpointhub.routes.alerts;

import java.util.Locale;

/** The e-mail wording of an alert: a subject that says what happened, a plain-text body with the figures. */
final class AlertMessages {

    private static final String PREFIX = "[Touchpoint Hub] ";

    private AlertMessages() {
    }

    static String subject(Alert alert) {
        if (Alert.CUSTOMER_AT_RISK.equals(alert.kind())) {
            return PREFIX + "Customer at risk: negative " + channel(alert) + " touchpoint from a customer with "
                    + alert.details().get("lifetimeRevenue") + " " + alert.details().get("currency") + " of orders";
        }
        Figure first = alert.figures().get(0);
        return PREFIX + "Spike in " + alert.topic() + ": " + describe(first) + " in the " + alert.window().kind()
                + " to " + alert.window().end();
    }

    static String text(Alert alert) {
        StringBuilder text = new StringBuilder();
        if (Alert.CUSTOMER_AT_RISK.equals(alert.kind())) {
            text.append("Customer at risk (alert ").append(alert.id()).append(")\n\n")
                    .append("Profile:          ").append(alert.profileId()).append('\n')
                    .append("Touchpoint:       ").append(alert.touchpointId()).append(" at ").append(alert.occurredAt())
                    .append('\n')
                    .append("Lifetime revenue: ").append(alert.details().get("lifetimeRevenue")).append(' ')
                    .append(alert.details().get("currency")).append(" (threshold ")
                    .append(alert.details().get("minRevenue")).append(")\n");
        } else {
            text.append("Spike in topic ").append(alert.topic()).append(" (alert ").append(alert.id()).append(")\n\n")
                    .append("Window: ").append(alert.window().kind()).append(' ').append(alert.window().start())
                    .append(" to ").append(alert.window().end()).append("\n\n");
            for (Figure figure : alert.figures()) {
                text.append(String.format(Locale.ROOT, "%-15s %s; baseline mean %.3f, stddev %.3f; k = %.1f, threshold %.3f%n",
                        figure.metric(), value(figure.metric(), figure.current()), figure.baselineMean(),
                        figure.baselineStddev(), figure.k(), figure.threshold()));
            }
        }
        if (!alert.samples().isEmpty()) {
            text.append("\nMentions:\n");
            alert.samples().forEach(s -> text.append("- #").append(s.touchpointId()).append(' ').append(s.channel())
                    .append(' ').append(s.occurredAt()).append(": ").append(s.excerpt() == null ? "" : s.excerpt())
                    .append('\n'));
        }
        return text.append("\nGET /api/listening/alerts lists every alert.\n").toString();
    }

    private static String describe(Figure figure) {
        return String.format(Locale.ROOT, "%s %s (baseline %.1f ± %.1f)", figure.metric().replace('_', ' '),
                value(figure.metric(), figure.current()), figure.baselineMean(), figure.baselineStddev());
    }

    private static String value(String metric, double value) {
        return Figure.NEGATIVE_SHARE.equals(metric)
                ? String.format(Locale.ROOT, "%.0f%%", value * 100)
                : String.format(Locale.ROOT, "%.0f", value);
    }

    private static String channel(Alert alert) {
        return alert.samples().isEmpty() || alert.samples().get(0).channel() == null
                ? "text" : alert.samples().get(0).channel().toLowerCase(Locale.ROOT);
    }
}
