package org.crmkit.inmemory;

import org.crmkit.contract.CaseSatisfactionContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseSatisfactionContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseSatisfactionTest extends CaseSatisfactionContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
