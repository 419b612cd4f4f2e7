package io.touchpointhub.connectors.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    @Test
    void keepsLineBreaksAndParagraphsButNoMarkup() {
        String html = "<div>Hello&nbsp;Jane,<br>thanks for <b>your</b> order.</div><p>Kind   regards</p>";

        assertThat(HtmlText.of(html, true)).isEqualTo("Hello Jane,\nthanks for your order.\n\nKind regards");
    }

    @Test
    void putsListItemsOnLinesOfTheirOwnDespiteSourceIndentation() {
        String html = "<ul>\n  <li> Chairs </li>\n  <li>Tables</li>\n</ul>\n<p>\n  Bye\n</p>";

        assertThat(HtmlText.of(html, true)).isEqualTo("Chairs\nTables\n\nBye");
    }

    @Test
    void leavesOutQuotedRepliesOnlyWhenAskedTo() {
        String html = "<p>Agreed.</p><div class=\"gmail_quote\"><div>On Sun, Jane wrote:</div>"
                + "<blockquote>Shall we?</blockquote></div>";

        assertThat(HtmlText.of(html, true)).isEqualTo("Agreed.");
        assertThat(HtmlText.of(html, false)).contains("Shall we?");
    }

    @Test
    void keepsParagraphsAndLineBreaksAndDecodesEntities() {
        String text = HtmlText.of("<p>&quot;Hello&quot; &amp; welcome</p><p>line one<br>line two</p>");

        assertThat(text).isEqualTo("\"Hello\" & welcome\n\nline one\nline two");
    }

    @Test
    void readsShortenedLinksAsTheFullUrl() {
        String text = HtmlText.of("<p><a href=\"https://www.example.com/a/long/path\"><span class=\"invisible\">https://www.</span>"
                + "<span class=\"ellipsis\">example.com/a/</span><span class=\"invisible\">long/path</span></a></p>");

        assertThat(text).isEqualTo("https://www.example.com/a/long/path");
    }

    @Test
    void readsNothingAsEmpty() {
        assertThat(HtmlText.of(null)).isEmpty();
        assertThat(HtmlText.of("  ")).isEmpty();
    }
}
