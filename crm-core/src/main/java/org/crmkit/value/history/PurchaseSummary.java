package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * A customer's purchase totals, kept up to date as purchases and refunds are recorded (realised
 * value, 既成价值). Refunds lower {@link #net()} but not {@link #orders()}: a refunded order was
 * still placed.
 *
 * @param orders purchases recorded, >= 1
 * @param paid the sum paid, before refunds
 * @param refunded the sum refunded
 * @since 0.1
 */
public record PurchaseSummary(
        TenantId tenantId, CustomerId customerId, Instant firstPurchaseAt, Instant lastPurchaseAt, long orders, Money paid,
        Money refunded) {

    /**
     * Checks the totals.
     *
     * @throws IllegalArgumentException if the last purchase is before the first, there is no order,
     *     or paid and refunded differ in currency
     */
    public PurchaseSummary {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(firstPurchaseAt, "firstPurchaseAt");
        checkNotNull(lastPurchaseAt, "lastPurchaseAt");
        checkArgument(!lastPurchaseAt.isBefore(firstPurchaseAt), "last purchase %s before first %s", lastPurchaseAt, firstPurchaseAt);
        checkArgument(orders >= 1, "orders must be >= 1 but was %s", orders);
        checkNotNull(paid, "paid");
        checkNotNull(refunded, "refunded");
        checkArgument(paid.currency().equals(refunded.currency()), "paid %s and refunded %s differ in currency", paid, refunded);
    }

    /** Paid minus refunded. */
    public Money net() {
        return paid.minus(refunded);
    }

    /** Net value per order, rounded half-even to the currency's minor unit. */
    public Money averageOrderValue() {
        Money net = net();
        return Money.of(net.amount().divide(BigDecimal.valueOf(orders), net.amount().scale(), RoundingMode.HALF_EVEN), net.currency());
    }
}
