package io.touchpointhub.connectors.social;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

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
}
