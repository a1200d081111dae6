package org.crmkit.inmemory;

import org.crmkit.contract.TierConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierConcurrencyTest extends TierConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
