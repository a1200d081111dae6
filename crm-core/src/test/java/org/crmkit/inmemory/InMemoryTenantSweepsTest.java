package org.crmkit.inmemory;

import org.crmkit.contract.TenantSweepsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TenantSweepsContract} on one in-memory storage shared by every test of the class. */
class InMemoryTenantSweepsTest extends TenantSweepsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
