package org.crmkit.earning;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;

/**
 * A purchase as the earning rules see it: who paid, how much, and the lines that category and
 * product multipliers read.
 *
 * @param customerId the buyer (per-customer campaign limits count per buyer)
 * @param paid what was paid
 * @param lines the order lines; may be empty
 * @since 0.1
 */
public record EarningOrder(CustomerId customerId, Money paid, List<OrderLine> lines) {

    /** Checks and normalises the components as the record's description says. */
    public EarningOrder {
        checkNotNull(customerId, "customerId");
        checkNotNull(paid, "paid");
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** True if there are no lines, or they are all in the paid currency and add up to what was paid. */
    public boolean linesAddUp() {
        if (lines.isEmpty()) {
            return true;
        }
        Money total = Money.zero(paid.currency());
        for (OrderLine line : lines) {
            if (!line.paid().currency().equals(total.currency())) {
                return false;
            }
            total = total.plus(line.paid());
        }
        return total.equals(paid);
    }
}
