package io.touchpointhub.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SocialMarkersTest {

    @Test
    void findsHashtagsMentionsAndUrlsInOrderEachOnce() {
        SocialMarkers markers = SocialMarkers.of("Loving the new #Pixel9 from @google! #Pixel9 #tech_news "
                + "cc @alice@mastodon.social see https://store.example.com/p/9?ref=x. and www.example.org/a)");

        assertThat(markers.hashtags()).containsExactly("Pixel9", "tech_news");
        assertThat(markers.mentions()).containsExactly("google", "alice@mastodon.social");
        assertThat(markers.urls()).containsExactly("https://store.example.com/p/9?ref=x", "www.example.org/a");
    }

    @Test
    void emailAddressesNumbersAndUrlFragmentsAreNotMarkers() {
        SocialMarkers markers = SocialMarkers.of("mail bob@example.com about order #12345, see https://x.io/page#section");

        assertThat(markers.mentions()).isEmpty();
        assertThat(markers.hashtags()).isEmpty();
        assertThat(markers.urls()).containsExactly("https://x.io/page#section");
    }

    @Test
    void hashtagsInOtherScriptsCount() {
        assertThat(SocialMarkers.of("好吃 #美食 #東京").hashtags()).containsExactly("美食", "東京");
    }
}
