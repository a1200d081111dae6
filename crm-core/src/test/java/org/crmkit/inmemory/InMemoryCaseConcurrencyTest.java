package org.crmkit.inmemory;

import org.crmkit.contract.CaseConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseConcurrencyTest extends CaseConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
