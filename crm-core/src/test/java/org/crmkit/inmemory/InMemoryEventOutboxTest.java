package org.crmkit.inmemory;

import org.crmkit.contract.EventOutboxContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link EventOutboxContract} on one in-memory storage shared by every test of the class. */
class InMemoryEventOutboxTest extends EventOutboxContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
