package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The ids' formats are checked by hand rather than by regular expression: each hand check accepts
 * exactly what the expression it replaced matched, and a refused id still gets the same message.
 */
class IdTextRulesTest {

    private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\p{Graph}&&[^\\s]]{1,64}");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    /** What the coupon and case ids and a coupon refund's key were matched with before they shared the same hand check. */
    private static final Pattern KEY_ASCII = Pattern.compile("[\\x21-\\x7E]{1,64}");

    /** Texts around the length limit, of ASCII (control characters, space, DEL included) and of characters beyond it. */
    private static Gen<String> texts() {
        return strings().betweenCodePoints(0x00, 0x80).ofLengthBetween(0, 70)
                .mix(strings().betweenCodePoints(0x21, 0x7E).ofLengthBetween(60, 68), 30)
                .mix(strings().betweenCodePoints(0x2D, 0x7A).ofLengthBetween(0, 66), 30)
                .mix(strings().betweenCodePoints(0x80, 0x3000).ofLengthBetween(1, 3), 10);
    }

    @Test
    void the_hand_checks_accept_exactly_what_the_expressions_matched() {
        qt().withExamples(20_000).forAll(texts()).checkAssert(text -> {
            assertThat(Texts.isPrintableAscii(text, 64)).as("printable ASCII: '%s'", text).isEqualTo(PRINTABLE_ASCII.matcher(text).matches());
            assertThat(Texts.isPlainName(text, 64)).as("plain name: '%s'", text).isEqualTo(PLAIN_NAME.matcher(text).matches());
            assertThat(TextRules.isPrintableAscii(text, 64)).as("coupon and case ids: '%s'", text).isEqualTo(KEY_ASCII.matcher(text).matches());
        });
    }

    @Test
    void every_ascii_character_alone_is_judged_as_the_expressions_judged_it() {
        for (char c = 0; c < 0x100; c++) {
            String text = String.valueOf(c);
            assertThat(Texts.isPrintableAscii(text, 64)).as("U+%04X", (int) c).isEqualTo(PRINTABLE_ASCII.matcher(text).matches());
            assertThat(Texts.isPlainName(text, 64)).as("U+%04X", (int) c).isEqualTo(PLAIN_NAME.matcher(text).matches());
            assertThat(TextRules.isPrintableAscii(text, 64)).as("U+%04X", (int) c).isEqualTo(KEY_ASCII.matcher(text).matches());
        }
    }

    @Test
    void a_refused_id_names_the_rule_and_the_value() {
        assertThatThrownBy(() -> CustomerId.of("has space")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id must be 1 to 64 printable ASCII characters without spaces but was 'has space'");
        assertThatThrownBy(() -> CustomerId.of("x".repeat(65))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id must be 1 to 64 printable ASCII characters without spaces but was '" + "x".repeat(65) + "'");
        assertThatThrownBy(() -> CustomerId.of("y".repeat(100))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("customer id must be 1 to 64 printable ASCII characters without spaces but was '" + "y".repeat(80) + "...(100 chars)'");
        assertThatThrownBy(() -> TenantId.of("a/b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenant id must be 1 to 64 characters of [A-Za-z0-9._-] but was 'a/b'");
        assertThatThrownBy(() -> TenantId.of("bad\nline")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tenant id must be 1 to 64 characters of [A-Za-z0-9._-] but was 'bad\\u000aline'");
        assertThatThrownBy(() -> ProgrammeId.of("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("programme id must be 1 to 64 characters of [A-Za-z0-9._-] but was ''");
        assertThat(CustomerId.of("c-1~!").value()).isEqualTo("c-1~!");
        assertThat(TenantId.of("t.1_x-Y").value()).isEqualTo("t.1_x-Y");
    }
}
