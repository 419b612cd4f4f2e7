package io.touchpointhub.connectors.email;

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
}
