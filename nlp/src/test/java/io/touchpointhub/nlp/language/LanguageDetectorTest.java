package io.touchpointhub.nlp.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
            "Just got my new headphones and they are amazing|en",
            "Great phone!|en",
            "这家酒店的服务非常好，房间也很干净|zh",
            "這家酒店的服務非常好，房間也很乾淨|zh",
            "このホテルはとても良かったです|ja",
            "이 호텔은 정말 좋았어요|ko",
            "C'est une très bonne journée pour nous et le service est parfait|fr",
            "Das Hotel ist sehr gut und das Frühstück war nicht schlecht|de",
            "El servicio es muy bueno y la comida está deliciosa|es",
            "Это очень хороший отель|ru",
            "Ця книга дуже цікава і я її люблю|uk",
            "我很喜欢这个新手机 the camera is great|zh",
            "Loving the new store in Shanghai 上海|en",
            "12345 !!! ???|und",
            "https://example.com/a/b @someone #tag|und"})
    void tellsTheLanguageOfAText(String text, String expected) {
        assertThat(detector.detect(text)).isEqualTo(expected);
    }
}
