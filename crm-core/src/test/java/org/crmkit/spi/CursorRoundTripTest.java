package org.crmkit.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorRoundTripTest {

    @Test
    void keys_survive_encoding_and_decoding() {
        // given
        String[] keys = {"2025-06-01T02:03:04.123456Z", "李雷/😀 + = &?", ""};

        // when
        String cursor = CursorCodec.encode(keys);

        // then
        assertThat(CursorCodec.decode(cursor, 3)).containsExactly(keys);
    }

    @Test
    void any_text_keys_without_the_separator_survive_the_round_trip() {
        // when / then (text, so no lone UTF-16 surrogates: they are not characters and UTF-8 cannot carry them)
        qt().forAll(lists().of(strings().betweenCodePoints(0x01, 0xD7FF).ofLengthBetween(0, 30)).ofSizeBetween(1, 4))
                .assuming(keys -> keys.stream().noneMatch(k -> k.indexOf('\u001f') >= 0))
                .check(keys -> CursorCodec.decode(CursorCodec.encode(keys.toArray(String[]::new)), keys.size()).equals(keys));
    }

    @Test
    void a_cursor_is_url_safe_and_opaque() {
        // when
        String cursor = CursorCodec.encode("customer-0042", "?&=/+ 李");

        // then
        assertThat(cursor).matches("[A-Za-z0-9_-]+").doesNotContain("customer-0042");
    }

    @Test
    void a_key_containing_the_separator_cannot_be_encoded() {
        // when / then
        assertThatThrownBy(() -> CursorCodec.encode("a\u001fb")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cursor_with_another_number_of_keys_is_refused_naming_the_cursor() {
        // given
        String twoKeys = CursorCodec.encode("a", "b");

        // when / then
        assertThatThrownBy(() -> CursorCodec.decode(twoKeys, 1))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.violations()).extracting(Violation::field).containsExactly("cursor");
                    assertThat(e.getMessage()).contains("start again without a cursor");
                });
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"!!not a cursor!!", "abc$", "a", "====", "YQ==="})
    void a_string_that_is_not_base64url_is_refused(String garbage) {
        // when / then
        assertThatThrownBy(() -> CursorCodec.decode(garbage, 2))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("cursor"));
    }

    @Test
    void the_invalid_cursor_error_names_the_page_request() {
        // when
        ValidationException e = CursorCodec.invalid("xyz");

        // then
        assertThat(e.command()).isEqualTo("PageRequest");
        assertThat(e.violations()).containsExactly(
                Violation.of("cursor", "xyz", "is not a cursor returned by this query; start again without a cursor"));
        assertThat(List.of(e.getMessage())).allMatch(m -> m.contains("xyz"));
    }
}
