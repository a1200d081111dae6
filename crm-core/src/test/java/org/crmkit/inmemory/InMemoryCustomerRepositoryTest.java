package org.crmkit.inmemory;

import org.crmkit.contract.CustomerRepositoryContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CustomerRepositoryContract} on one in-memory storage shared by every test of the class. */
class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
