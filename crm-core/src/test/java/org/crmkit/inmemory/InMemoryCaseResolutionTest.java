package org.crmkit.inmemory;

import org.crmkit.contract.CaseResolutionContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseResolutionContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseResolutionTest extends CaseResolutionContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
