package org.crmkit.sales;

import static com.google.common.base.Preconditions.checkNotNull;

import org.crmkit.customer.CustomerService;
import org.crmkit.value.history.Purchases;

/**
 * What the sales service reads and writes: its four ports, the customer service (a lead converts
 * into a customer through it) and the value context's purchase history (an account's orders).
 *
 * @since 0.2
 */
public record SalesPorts(Leads leads, Opportunities opportunities, FollowUpTasks tasks, BusinessAccounts accounts,
        CustomerService customers, Purchases purchases) {

    /** Checks the components. */
    public SalesPorts {
        checkNotNull(leads, "leads");
        checkNotNull(opportunities, "opportunities");
        checkNotNull(tasks, "tasks");
        checkNotNull(accounts, "accounts");
        checkNotNull(customers, "customers");
        checkNotNull(purchases, "purchases");
    }
}
