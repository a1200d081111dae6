package org.crmkit.inmemory;

import org.crmkit.contract.CommerceReplayContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CommerceReplayContract} on one in-memory storage shared by every test of the class. */
class InMemoryCommerceReplayTest extends CommerceReplayContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
