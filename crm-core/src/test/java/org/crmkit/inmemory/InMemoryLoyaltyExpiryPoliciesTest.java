package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyExpiryPoliciesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyExpiryPoliciesContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyExpiryPoliciesTest extends LoyaltyExpiryPoliciesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
