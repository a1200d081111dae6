package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyOneOffBonusesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyOneOffBonusesContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyOneOffBonusesTest extends LoyaltyOneOffBonusesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
