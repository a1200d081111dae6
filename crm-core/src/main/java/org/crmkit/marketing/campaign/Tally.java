package org.crmkit.marketing.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/** Sums one group's customers, responders and revenue, and the squares of each customer's revenue, while the report reads them. */
final class Tally {

    private long customers;
    private long responders;
    private BigDecimal revenue = BigDecimal.ZERO;
    private double squares;

    /** Adds a customer who paid {@code paid} in the window, or nothing ({@code null}). */
    void add(@Nullable BigDecimal paid) {
        customers++;
        if (paid != null) {
            responders++;
            revenue = revenue.add(paid);
            squares += paid.doubleValue() * paid.doubleValue();
        }
    }

    GroupResult result(Currency currency) {
        return new GroupResult(customers, responders, Money.of(revenue, currency, RoundingMode.UNNECESSARY), squares);
    }

    /** The offer's cost so far and the coupons redeemed. */
    static final class Cost {
        Money total;
        long redemptions;

        Cost(Money zero) {
            this.total = zero;
        }
    }
}
