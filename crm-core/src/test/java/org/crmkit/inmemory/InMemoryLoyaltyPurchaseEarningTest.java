package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyPurchaseEarningContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyPurchaseEarningContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyPurchaseEarningTest extends LoyaltyPurchaseEarningContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
