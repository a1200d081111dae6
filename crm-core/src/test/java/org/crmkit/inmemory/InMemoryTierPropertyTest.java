package org.crmkit.inmemory;

import org.crmkit.contract.TierPropertyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierPropertyContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierPropertyTest extends TierPropertyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
