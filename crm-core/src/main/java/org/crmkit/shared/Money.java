package org.crmkit.shared;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency. The amount always has exactly the currency's default
 * number of fraction digits (2 for CNY, 0 for JPY), so {@code CNY 1.5} and {@code CNY 1.50} are
 * the same value.
 *
 * <p>Rounding is never implicit: {@link #of(BigDecimal, Currency)} rejects an amount with more
 * digits than the currency has; the methods that can produce extra digits take a {@link
 * RoundingMode}.
 *
 * @param amount the amount, scaled to the currency's fraction digits
 * @param currency the currency
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * @throws IllegalArgumentException if {@code amount} has more fraction digits than the
     *     currency allows (use {@link #of(BigDecimal, Currency, RoundingMode)} to round)
     */
    public Money {
        checkNotNull(amount, "amount must not be null");
        checkNotNull(currency, "currency must not be null");
        int digits = fractionDigits(currency);
        checkArgument(
                amount.stripTrailingZeros().scale() <= digits,
                "%s takes at most %s fraction digits but the amount was %s; round it explicitly",
                currency,
                digits,
                amount.toPlainString());
        amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /** Returns the exact amount in the currency; see {@link #Money(BigDecimal, Currency)}. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Parses the amount and currency code, e.g. {@code Money.of("12.50", "CNY")}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** Returns the amount rounded to the currency's fraction digits with {@code rounding}. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        checkNotNull(amount, "amount must not be null");
        checkNotNull(rounding, "rounding must not be null");
        return new Money(amount.setScale(fractionDigits(currency), rounding), currency);
    }

    /** Returns zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** @throws IllegalArgumentException if the currencies differ */
    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** @throws IllegalArgumentException if the currencies differ */
    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** Multiplies by {@code factor} and rounds the result to the currency with {@code rounding}. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        checkNotNull(factor, "factor must not be null");
        return of(amount.multiply(factor), currency, rounding);
    }

    /** Returns true if the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Returns true if the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** @throws IllegalArgumentException if the currencies differ */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    private void checkSameCurrency(Money other) {
        checkNotNull(other, "other must not be null");
        checkArgument(
                currency.equals(other.currency),
                "cannot combine %s with %s: currencies differ",
                this,
                other);
    }

    private static int fractionDigits(Currency currency) {
        return Math.max(0, currency.getDefaultFractionDigits());
    }
}
