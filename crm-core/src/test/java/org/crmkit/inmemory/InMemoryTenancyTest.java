package org.crmkit.inmemory;

import org.crmkit.contract.TenancyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TenancyContract} on one in-memory storage shared by every test of the class. */
class InMemoryTenancyTest extends TenancyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
