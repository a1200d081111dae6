package org.crmkit.inmemory;

import org.crmkit.contract.TierGrowthEarningContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierGrowthEarningContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierGrowthEarningTest extends TierGrowthEarningContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
