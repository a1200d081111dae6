package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyTransferContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyTransferContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyTransferTest extends LoyaltyTransferContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
