package org.crmkit.inmemory;

import org.crmkit.contract.SalesAccountsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesAccountsContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesAccountsTest extends SalesAccountsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
