package org.crmkit.inmemory;

import org.crmkit.contract.CaseQueriesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseQueriesContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseQueriesTest extends CaseQueriesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
