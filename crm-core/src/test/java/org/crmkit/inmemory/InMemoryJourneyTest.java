package org.crmkit.inmemory;

import org.crmkit.contract.JourneyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link JourneyContract} on one in-memory storage shared by every test of the class. */
class InMemoryJourneyTest extends JourneyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
