package org.crmkit.inmemory;

import org.crmkit.contract.SalesLeadsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesLeadsContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesLeadsTest extends SalesLeadsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
