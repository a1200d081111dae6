package org.crmkit.inmemory;

import org.crmkit.contract.StoredValueOperationsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link StoredValueOperationsContract} on one in-memory storage shared by every test of the class. */
class InMemoryStoredValueOperationsTest extends StoredValueOperationsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
