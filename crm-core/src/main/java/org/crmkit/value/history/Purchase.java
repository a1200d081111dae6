package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A recorded purchase and how much of it has been refunded.
 *
 * @param programmeId the programme it fed, or null
 * @param refunded the sum of its refunds so far, in the same currency, at most {@code paid}
 * @since 0.1
 */
public record Purchase(
        TenantId tenantId,
        CustomerId customerId,
        String orderId,
        Instant purchasedAt,
        Money paid,
        Money refunded,
        List<PurchaseItem> items,
        String paymentMethod,
        String channel,
        @Nullable ProgrammeId programmeId) {

    /**
     * Checks the amounts and copies the items.
     *
     * @throws IllegalArgumentException if {@code refunded} is in another currency than {@code paid},
     *     negative, or more than {@code paid}
     */
    public Purchase {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(orderId, "orderId");
        checkNotNull(purchasedAt, "purchasedAt");
        checkNotNull(paid, "paid");
        checkNotNull(refunded, "refunded");
        checkArgument(paid.currency().equals(refunded.currency()), "refunded %s must be in the currency paid %s", refunded, paid);
        checkArgument(!refunded.isNegative() && refunded.compareTo(paid) <= 0, "refunded %s must be 0 to the paid %s", refunded, paid);
        items = ImmutableList.copyOf(items);
    }

    /** What the customer kept paying: {@code paid - refunded}. */
    public Money net() {
        return paid.minus(refunded);
    }

    /** True if all of it was refunded (and it was not free). */
    public boolean fullyRefunded() {
        return !paid.isZero() && refunded.equals(paid);
    }

    /** This purchase with {@code more} refunded. */
    Purchase refund(Money more) {
        return new Purchase(tenantId, customerId, orderId, purchasedAt, paid, refunded.plus(more), items, paymentMethod, channel,
                programmeId);
    }
}
