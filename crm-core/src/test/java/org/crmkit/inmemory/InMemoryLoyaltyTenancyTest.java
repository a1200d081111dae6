package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyTenancyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyTenancyContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyTenancyTest extends LoyaltyTenancyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
