package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyOrderGuardsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyOrderGuardsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyOrderGuardsTest extends LoyaltyOrderGuardsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
