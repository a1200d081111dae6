package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyBadInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyBadInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyBadInputTest extends LoyaltyBadInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
