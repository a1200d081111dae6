package org.crmkit.inmemory;

import org.crmkit.contract.ValueChurnContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ValueChurnContract} on one in-memory storage shared by every test of the class. */
class InMemoryValueChurnTest extends ValueChurnContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
