package io.touchpointhub.connectors.text;

import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The readable text of HTML (a mail body, a post's {@code content}) for NLP and the timeline: what a
 * person sees, entities decoded, with paragraphs and line breaks kept (they separate sentences that
 * {@link Element#text()} would run together) and nothing of scripts, styles, the head, or elements
 * hidden with {@code display:none} (newsletters hide a "preheader" there). Link texts are kept whole,
 * including the parts Mastodon hides with {@code class="invisible"}, so a shortened link reads as the
 * full URL. Quoted replies ({@code blockquote}, Gmail's and Thunderbird's quote containers) can be left
 * out, as the e-mail channel does for plain text.
 */
public final class HtmlText {

    private static final Set<String> INVISIBLE = Set.of("head", "script", "style", "noscript", "template",
            "title", "meta", "link", "svg", "object", "iframe");
    /** Set apart by an empty line. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol",
            "table", "blockquote", "pre", "hr", "dl");
    /** Start on a line of their own. */
    private static final Set<String> LINES = Set.of("br", "div", "li", "tr", "section", "article", "header",
            "footer", "address", "dt", "dd", "center", "form", "fieldset", "main", "nav", "aside");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\n\\u00A0]+");

    private HtmlText() {
    }

    /** The text with quoted replies kept, or an empty string. */
    public static String of(String html) {
        return of(html, false);
    }

    /**
     * @param stripQuotes whether quoted replies are left out
     * @return the text, or an empty string
     */
    public static String of(String html, boolean stripQuotes) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Element body = Jsoup.parse(html).body();
        StringBuilder text = new StringBuilder();
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    if (skipped(element, stripQuotes)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    breakBefore(element.normalName(), text);
                } else if (node instanceof TextNode textNode) {
                    String words = SPACES.matcher(textNode.getWholeText()).replaceAll(" ");
                    boolean atLineStart = text.isEmpty() || text.charAt(text.length() - 1) == '\n';
                    text.append(atLineStart ? words.stripLeading() : words);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && !element.nameIs("br")) {
                    breakBefore(element.normalName(), text);
                }
                return FilterResult.CONTINUE;
            }
        });
        return Texts.tidy(text.toString().lines().map(String::strip).collect(Collectors.joining("\n")));
    }

    /** Line breaks around an element (before it opens and after it closes), never more than needed. */
    private static void breakBefore(String element, StringBuilder text) {
        int wanted = PARAGRAPHS.contains(element) ? 2 : LINES.contains(element) ? 1 : 0;
        if (element.equals("br")) {
            text.append('\n');
            return;
        }
        if (wanted == 0) {
            return;
        }
        while (!text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        int have = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n' && have < wanted; i--) {
            have++;
        }
        text.append("\n".repeat(Math.max(0, wanted - have)));
    }

    private static boolean skipped(Element element, boolean stripQuotes) {
        if (INVISIBLE.contains(element.normalName()) || element.hasAttr("hidden")
                || HIDDEN_STYLE.matcher(element.attr("style")).find()) {
            return true;
        }
        return stripQuotes && (element.nameIs("blockquote") || element.hasClass("gmail_quote")
                || element.hasClass("moz-cite-prefix"));
    }
}
