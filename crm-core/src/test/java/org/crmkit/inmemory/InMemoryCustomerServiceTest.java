package org.crmkit.inmemory;

import org.crmkit.contract.CustomerServiceContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CustomerServiceContract} on one in-memory storage shared by every test of the class. */
class InMemoryCustomerServiceTest extends CustomerServiceContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
