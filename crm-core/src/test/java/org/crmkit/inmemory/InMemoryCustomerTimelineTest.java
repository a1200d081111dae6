package org.crmkit.inmemory;

import org.crmkit.contract.CustomerTimelineContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CustomerTimelineContract} on one in-memory storage shared by every test of the class. */
class InMemoryCustomerTimelineTest extends CustomerTimelineContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
