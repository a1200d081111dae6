package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyEventsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyEventsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyEventsTest extends LoyaltyEventsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
