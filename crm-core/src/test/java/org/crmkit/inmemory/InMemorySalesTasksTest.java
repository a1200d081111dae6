package org.crmkit.inmemory;

import org.crmkit.contract.SalesTasksContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesTasksContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesTasksTest extends SalesTasksContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
