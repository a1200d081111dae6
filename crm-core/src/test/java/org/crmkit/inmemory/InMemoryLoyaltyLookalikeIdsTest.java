package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyLookalikeIdsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyLookalikeIdsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyLookalikeIdsTest extends LoyaltyLookalikeIdsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
