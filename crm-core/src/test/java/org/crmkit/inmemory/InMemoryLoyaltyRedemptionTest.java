package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyRedemptionContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyRedemptionContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyRedemptionTest extends LoyaltyRedemptionContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
