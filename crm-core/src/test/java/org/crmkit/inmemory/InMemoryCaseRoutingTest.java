package org.crmkit.inmemory;

import org.crmkit.contract.CaseRoutingContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseRoutingContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseRoutingTest extends CaseRoutingContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
