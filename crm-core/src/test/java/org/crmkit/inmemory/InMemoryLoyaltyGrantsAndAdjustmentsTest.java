package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyGrantsAndAdjustmentsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyGrantsAndAdjustmentsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyGrantsAndAdjustmentsTest extends LoyaltyGrantsAndAdjustmentsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
