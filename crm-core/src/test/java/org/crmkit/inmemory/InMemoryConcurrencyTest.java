package org.crmkit.inmemory;

import org.crmkit.contract.ConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryConcurrencyTest extends ConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
