package org.crmkit.sales.spi;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.crmkit.shared.Money;

/**
 * The credit terms a policy grants an account, with its explanation.
 *
 * @param policy the name of the policy that decided
 * @param paymentDays how many days after the invoice date payment is due; 0 means payment before delivery
 * @param creditLimit the most the account may owe at once, in its currency; zero when no credit is given
 * @param reasons how the policy came to it, one finding a line, in the order it weighed them
 * @since 0.2
 */
public record CreditTerms(String policy, int paymentDays, Money creditLimit, List<String> reasons) {

    /** Checks the components and copies the reasons. */
    public CreditTerms {
        checkNotNull(policy, "policy");
        checkArgument(paymentDays >= 0 && paymentDays <= 365, "paymentDays must be 0 to 365 but was %s", paymentDays);
        checkArgument(!creditLimit.isNegative(), "creditLimit must not be negative but was %s", creditLimit);
        reasons = List.copyOf(reasons);
        checkArgument(!reasons.isEmpty(), "a decision explains itself: give at least one reason");
    }
}
