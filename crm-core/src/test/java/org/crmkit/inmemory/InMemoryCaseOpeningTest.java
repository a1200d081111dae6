package org.crmkit.inmemory;

import org.crmkit.contract.CaseOpeningContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseOpeningContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseOpeningTest extends CaseOpeningContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
