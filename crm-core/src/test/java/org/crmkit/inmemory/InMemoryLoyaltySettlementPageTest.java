package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltySettlementPageContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltySettlementPageContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltySettlementPageTest extends LoyaltySettlementPageContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
