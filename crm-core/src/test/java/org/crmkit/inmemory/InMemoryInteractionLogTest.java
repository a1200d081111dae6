package org.crmkit.inmemory;

import org.crmkit.contract.InteractionLogContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link InteractionLogContract} on one in-memory storage shared by every test of the class. */
class InMemoryInteractionLogTest extends InteractionLogContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
