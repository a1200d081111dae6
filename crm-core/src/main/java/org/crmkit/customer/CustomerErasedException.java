package org.crmkit.customer;

import org.crmkit.shared.CustomerId;
import org.crmkit.shared.RuleViolationException;

/**
 * The customer's personal data was erased, so their profile can no longer be changed.
 *
 * @since 0.1
 */
public class CustomerErasedException extends RuleViolationException {

    /** The customer was erased. */
    public CustomerErasedException(CustomerId customerId) {
        super("customer " + customerId + " was erased; an erased profile cannot be changed");
    }
}
