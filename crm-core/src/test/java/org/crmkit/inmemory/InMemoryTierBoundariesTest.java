package org.crmkit.inmemory;

import org.crmkit.contract.TierBoundariesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierBoundariesContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierBoundariesTest extends TierBoundariesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
