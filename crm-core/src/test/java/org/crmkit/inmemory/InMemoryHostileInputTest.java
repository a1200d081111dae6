package org.crmkit.inmemory;

import org.crmkit.contract.HostileInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link HostileInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryHostileInputTest extends HostileInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
