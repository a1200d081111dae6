package org.crmkit.inmemory;

import org.crmkit.contract.CaseSlaContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseSlaContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseSlaTest extends CaseSlaContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
