package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;

/**
 * What points are worth as cash, Suning style: {@code points} points pay {@code cash}, e.g. 100
 * points = CNY 1.00.
 *
 * @param points how many points, at least 1
 * @param cash what they pay, more than zero and at most {@link Limits#MAX_AMOUNT}
 * @since 0.1
 */
public record CashRate(long points, Money cash) {

    /** Checks and normalises the components as the record's description says. */
    public CashRate {
        checkArgument(points >= 1, "points of a cash rate must be >= 1 but was %s", points);
        checkNotNull(cash, "cash");
        checkArgument(cash.amount().signum() > 0, "cash of a cash rate must be > 0 but was %s", cash);
        checkArgument(cash.amount().compareTo(Limits.MAX_AMOUNT) <= 0, "cash of a cash rate must be at most %s but was %s",
                Limits.MAX_AMOUNT, cash);
    }

    /** {@code points} points are worth {@code cash}. */
    public static CashRate of(long points, Money cash) {
        return new CashRate(points, cash);
    }

    /** The cash value of {@code amount} points, rounded to the currency with {@code rounding}. */
    public Money cashFor(long amount, RoundingMode rounding) {
        BigDecimal value = cash.amount().multiply(BigDecimal.valueOf(amount))
                .divide(BigDecimal.valueOf(points), cash.amount().scale() + 10, RoundingMode.DOWN);
        return Money.of(value, cash.currency(), rounding);
    }

    /**
     * The most points whose cash value does not exceed {@code money}, at most {@link Long#MAX_VALUE}
     * (far above what one operation may move, so a cap on it never decides an outcome).
     */
    public long pointsCovering(Money money) {
        checkArgument(money.currency().equals(cash.currency()), "cannot pay %s with points worth %s", money, cash);
        BigDecimal covered = money.amount().multiply(BigDecimal.valueOf(points)).divide(cash.amount(), 0, RoundingMode.DOWN);
        return covered.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0 ? Long.MAX_VALUE : covered.longValueExact();
    }
}
