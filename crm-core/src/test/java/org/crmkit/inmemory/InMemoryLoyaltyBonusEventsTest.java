package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyBonusEventsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyBonusEventsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyBonusEventsTest extends LoyaltyBonusEventsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
