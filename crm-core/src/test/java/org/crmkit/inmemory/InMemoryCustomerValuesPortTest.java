package org.crmkit.inmemory;

import org.crmkit.contract.CustomerValuesPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CustomerValuesPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryCustomerValuesPortTest extends CustomerValuesPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
