package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyPendingPointsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyPendingPointsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyPendingPointsTest extends LoyaltyPendingPointsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
