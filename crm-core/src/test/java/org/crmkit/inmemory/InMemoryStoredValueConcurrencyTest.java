package org.crmkit.inmemory;

import org.crmkit.contract.StoredValueConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link StoredValueConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryStoredValueConcurrencyTest extends StoredValueConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
