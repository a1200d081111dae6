package org.crmkit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRoundingAndCurrencyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({"1.5, CNY, 1.50", "1, CNY, 1.00", "1.500, CNY, 1.50", "0, CNY, 0.00", "-3.2, CNY, -3.20",
            "1E+3, CNY, 1000.00", "100, JPY, 100", "100.00, JPY, 100", "7.10, USD, 7.10"})
    void an_amount_always_has_the_currencys_fraction_digits(String amount, String currency, String expected) {
        // when
        Money money = Money.of(amount, currency);

        // then
        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.amount().scale()).isEqualTo(Currency.getInstance(currency).getDefaultFractionDigits());
    }

    @Test
    void the_same_value_written_differently_is_equal() {
        // when / then
        assertThat(Money.of("1.5", "CNY")).isEqualTo(Money.of("1.50", "CNY")).hasSameHashCodeAs(Money.of("1.500", "CNY"));
        assertThat(Money.of("1.5", "CNY")).isNotEqualTo(Money.of("1.5", "USD"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"1.505, CNY", "0.001, CNY", "100.5, JPY", "0.1, JPY"})
    void an_amount_with_more_digits_than_the_currency_has_is_refused_not_rounded(String amount, String currency) {
        // when / then
        assertThatThrownBy(() -> Money.of(amount, currency))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(currency)
                .hasMessageContaining(amount)
                .hasMessageContaining("round it explicitly");
    }

    @ParameterizedTest(name = "{0} rounded {1} is {2}")
    @CsvSource({"1.505, HALF_UP, 1.51", "1.505, HALF_EVEN, 1.50", "1.515, HALF_EVEN, 1.52", "1.509, DOWN, 1.50",
            "1.501, UP, 1.51", "-1.505, HALF_UP, -1.51", "-1.501, FLOOR, -1.51"})
    void explicit_rounding_rounds_to_the_currency_with_the_given_mode(String amount, RoundingMode mode, String expected) {
        // when
        Money money = Money.of(new BigDecimal(amount), CNY, mode);

        // then
        assertThat(money).isEqualTo(Money.of(expected, "CNY"));
    }

    @Test
    void yen_have_no_fraction_digits_so_rounding_goes_to_whole_yen() {
        // when
        Money money = Money.of(new BigDecimal("99.5"), JPY, RoundingMode.HALF_UP);

        // then
        assertThat(money.amount()).isEqualTo(new BigDecimal("100"));
        assertThat(money).hasToString("JPY 100");
        assertThat(Money.of("120", "JPY").times(new BigDecimal("0.15"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("18", "JPY"));
    }

    @Test
    void arithmetic_keeps_the_currency_and_its_digits() {
        // given
        Money price = Money.of("19.90", "CNY");

        // when / then
        assertThat(price.plus(Money.of("0.1", "CNY"))).isEqualTo(Money.of("20", "CNY"));
        assertThat(price.minus(Money.of("20", "CNY"))).isEqualTo(Money.of("-0.10", "CNY")).matches(Money::isNegative);
        assertThat(price.times(new BigDecimal("0.333"), RoundingMode.HALF_UP)).isEqualTo(Money.of("6.63", "CNY"));
        assertThat(Money.zero(CNY)).matches(Money::isZero).hasToString("CNY 0.00");
        assertThat(price.compareTo(Money.of("19.91", "CNY"))).isNegative();
        assertThat(price).hasToString("CNY 19.90");
    }

    @Test
    void combining_different_currencies_is_refused() {
        // given
        Money yuan = Money.of("10", "CNY");
        Money yen = Money.of("10", "JPY");

        // when / then
        assertThatThrownBy(() -> yuan.plus(yen)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("currencies differ");
        assertThatThrownBy(() -> yuan.minus(yen)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> yuan.compareTo(yen)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missing_parts_are_refused() {
        // when / then
        assertThatThrownBy(() -> Money.of(null, CNY)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Money.of(BigDecimal.ONE, CNY, null)).isInstanceOf(NullPointerException.class);
    }
}
