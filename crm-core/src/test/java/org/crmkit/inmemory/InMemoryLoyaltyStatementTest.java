package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyStatementContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyStatementContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyStatementTest extends LoyaltyStatementContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
