package io.touchpointhub.connectors.social;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Plain text of a post's HTML (Mastodon's {@code content}), for NLP and the timeline: entities decoded,
 * tags dropped, and the line structure kept, since {@code <p>} and {@code <br>} separate sentences that
 * {@link Element#text()} would run together. Link texts are kept whole, including the parts Mastodon
 * hides with {@code class="invisible"}, so a shortened link reads as the full URL.
 */
public final class HtmlText {

    private HtmlText() {
    }

    public static String of(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element && "br".equals(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !"body".equals(element.normalName())
                        && !"br".equals(element.normalName())) {
                    text.append("\n\n");
                }
            }
        });
        return text.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
