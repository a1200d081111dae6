package org.crmkit.inmemory;

import org.crmkit.contract.TimelinePortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TimelinePortContract} on one in-memory storage shared by every test of the class. */
class InMemoryTimelinePortTest extends TimelinePortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
