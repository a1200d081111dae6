package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedIdsTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "shop 1", "shop/1", "shop:1", "店铺", "t\n1", "t'1", "t;DROP"})
    void a_tenant_id_outside_the_allowed_characters_or_length_is_refused(String value) {
        // when / then
        assertThatThrownBy(() -> TenantId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[A-Za-z0-9._-]");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"t", "shop-1", "Shop_1.cn"})
    void a_tenant_id_of_1_to_64_allowed_characters_is_accepted(String value) {
        // when / then
        assertThat(TenantId.of(value)).hasToString(value);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "member 1", "member\t1", "member\n1", "会员1", "é"})
    void a_customer_id_that_is_empty_too_long_or_not_printable_ascii_is_refused(String value) {
        // when / then
        assertThatThrownBy(() -> CustomerId.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("customer id must be 1 to 64 printable ASCII characters");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"1", "member-0042", "JD:2025/0001", "a@b.c"})
    void a_customer_id_of_printable_ascii_is_accepted(String value) {
        // when / then
        assertThat(CustomerId.of(value).value()).isEqualTo(value);
    }

    @Test
    void ids_may_have_64_characters_but_not_65() {
        // when / then
        assertThat(TenantId.of("t".repeat(64)).value()).hasSize(64);
        assertThat(CustomerId.of("c".repeat(64)).value()).hasSize(64);
        assertThatThrownBy(() -> TenantId.of("t".repeat(65))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CustomerId.of("c".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void null_ids_are_refused() {
        // when / then
        assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CustomerId.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_huge_bad_id_is_abbreviated_in_the_message() {
        // when / then
        assertThatThrownBy(() -> CustomerId.of("x ".repeat(5_000)))
                .hasMessageContaining("(10000 chars)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void generated_customer_ids_are_valid_and_distinct() {
        // when / then
        assertThat(CustomerId.generate(IdGenerator.timeOrdered())).isNotEqualTo(CustomerId.generate(IdGenerator.timeOrdered()));
        assertThat(CustomerId.of(CustomerId.generate(IdGenerator.timeOrdered()).value())).isNotNull();
    }
}
