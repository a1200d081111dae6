package org.crmkit.inmemory;

import org.crmkit.contract.TierBadInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierBadInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierBadInputTest extends TierBadInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
