package org.crmkit.inmemory;

import org.crmkit.contract.SalesOpportunitiesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesOpportunitiesContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesOpportunitiesTest extends SalesOpportunitiesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
