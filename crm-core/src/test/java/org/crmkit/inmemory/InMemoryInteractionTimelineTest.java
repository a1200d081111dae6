package org.crmkit.inmemory;

import org.crmkit.contract.InteractionTimelineContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link InteractionTimelineContract} on one in-memory storage shared by every test of the class. */
class InMemoryInteractionTimelineTest extends InteractionTimelineContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
