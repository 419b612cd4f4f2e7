package io.touchpointhub.connectors.web.crawl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * One configured selector, split into its CSS part and an optional {@code @attribute} suffix (CSS
 * itself never uses {@code @}, so the suffix cannot be mistaken for part of the selector).
 */
record SelectorField(String css, String attribute) {

    private static final Pattern WITH_ATTRIBUTE = Pattern.compile("(.*?)\\s*@([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*");

    static SelectorField parse(String selector) {
        Matcher m = WITH_ATTRIBUTE.matcher(selector);
        return m.matches() ? new SelectorField(m.group(1).strip(), m.group(2)) : new SelectorField(selector.strip(), null);
    }

    /** The first element matching within {@code scope}, or {@code scope} itself when the CSS part is empty. */
    Element first(Element scope) {
        return css.isEmpty() ? scope : scope.selectFirst(css);
    }

    /**
     * The value of the first match: the named attribute, else the
     * {@code preferred} attribute when the element has it, else its text; {@code null} when nothing matches.
     */
    String value(Element scope, String preferred) {
        Element element = first(scope);
        if (element == null) {
            return null;
        }
        String name = attribute != null ? attribute : preferred != null && element.hasAttr(preferred) ? preferred : null;
        if (name == null) {
            return element.text();
        }
        return element.attr(name);
    }
}
