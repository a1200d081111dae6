package org.crmkit.inmemory;

import org.crmkit.contract.TierPluginsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierPluginsContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierPluginsTest extends TierPluginsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
