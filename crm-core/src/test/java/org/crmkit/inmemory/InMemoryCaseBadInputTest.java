package org.crmkit.inmemory;

import org.crmkit.contract.CaseBadInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseBadInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseBadInputTest extends CaseBadInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
