package io.touchpointhub.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncodedWordsTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void joinsGbkCharacterSplitAcrossTwoEncodedWords() {
        byte[] bytes = "退款".getBytes(GBK); // 4 bytes: the split falls inside the first character
        String header = word("GBK", Arrays.copyOfRange(bytes, 0, 1)) + " " + word("GBK", Arrays.copyOfRange(bytes, 1, 4));

        assertThat(EncodedWords.decode(header, null)).isEqualTo("退款");
    }

    @Test
    void dropsSpaceBetweenEncodedWordsButKeepsSpaceAroundText() {
        String header = "Re: =?UTF-8?Q?Caf=C3=A9?=\r\n =?UTF-8?Q?_order?= for =?ISO-8859-1?Q?J=F6rg?=";

        assertThat(EncodedWords.decode(header, null)).isEqualTo("Re: Café order for Jörg");
    }

    @Test
    void keepsWordThatIsNotValidEncodingAsWritten() {
        assertThat(EncodedWords.decode("=?UTF-8?B?***?= ok", null)).isEqualTo("=?UTF-8?B?***?= ok");
    }

    @Test
    void readsUndeclaredCharsetInGb2312LabelAsGbk() {
        assertThat(EncodedWords.decode(word("gb2312", "王堃".getBytes(GBK)), null)).isEqualTo("王堃");
    }

    @Test
    void readsRawEightBitGbkHeaderWithTheMessageCharset() {
        String raw = new String("退款申请".getBytes(GBK), StandardCharsets.ISO_8859_1);

        assertThat(EncodedWords.decode(raw, "gbk")).isEqualTo("退款申请");
    }

    @Test
    void letsAddressParserReadGbkDisplayNameHoldingComma() throws Exception {
        String header = "\"" + word("gbk", "张,喆".getBytes(GBK)) + "\" <zz@example.cn>, other@example.cn";

        InternetAddress[] parsed = InternetAddress.parseHeader(EncodedWords.normalizeForAddresses(header, null), false);

        assertThat(parsed).hasSize(2);
        assertThat(parsed[0].getPersonal()).isEqualTo("张,喆");
        assertThat(parsed[0].getAddress()).isEqualTo("zz@example.cn");
    }

    private static String word(String charset, byte[] bytes) {
        return "=?" + charset + "?B?" + Base64.getEncoder().encodeToString(bytes) + "?=";
    }
}
