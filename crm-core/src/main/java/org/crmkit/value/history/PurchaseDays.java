package org.crmkit.value.history;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.crmkit.shared.CustomerId;

/**
 * One customer's purchase days, as a scoring run reads them from {@link Purchases#purchaseDays}:
 * the calendar days (in the tenant's zone) on which the customer bought something not refunded in
 * full, and the net spend of those days. Purchases on one day count once; each purchase counts
 * with what is left of it after its refunds.
 *
 * @param days the number of purchase days, >= 1
 * @param first the first purchase day
 * @param last the last purchase day
 * @param net the net spend of every purchase day
 * @param firstDayNet the net spend of the first purchase day
 * @since 0.2
 */
public record PurchaseDays(CustomerId customerId, int days, LocalDate first, LocalDate last, BigDecimal net, BigDecimal firstDayNet) {

    /**
     * Checks the figures.
     *
     * @throws IllegalArgumentException if there is no day, the last day is before the first, or a
     *     net spend is negative or below the first day's
     */
    public PurchaseDays {
        checkNotNull(customerId, "customerId");
        checkNotNull(first, "first");
        checkNotNull(last, "last");
        checkNotNull(net, "net");
        checkNotNull(firstDayNet, "firstDayNet");
        checkArgument(days >= 1, "customer %s: days must be >= 1 but was %s", customerId, days);
        checkArgument(!last.isBefore(first), "customer %s: last purchase day %s before the first %s", customerId, last, first);
        checkArgument(firstDayNet.signum() >= 0 && net.compareTo(firstDayNet) >= 0,
                "customer %s: need 0 <= first day's net %s <= net %s", customerId, firstDayNet, net);
        checkArgument(days > 1 || first.equals(last), "customer %s: one purchase day but first %s and last %s differ", customerId, first,
                last);
    }

    /** The net spend of the days after the first: what the repeat purchases were worth. */
    public BigDecimal repeatNet() {
        return net.subtract(firstDayNet);
    }
}
