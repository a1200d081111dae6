package org.crmkit.inmemory;

import org.crmkit.contract.CasesPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CasesPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryCasesPortTest extends CasesPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
