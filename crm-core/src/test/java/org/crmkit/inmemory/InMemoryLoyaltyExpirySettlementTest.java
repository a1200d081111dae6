package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyExpirySettlementContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyExpirySettlementContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyExpirySettlementTest extends LoyaltyExpirySettlementContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
