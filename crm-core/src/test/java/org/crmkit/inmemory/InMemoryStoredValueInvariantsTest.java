package org.crmkit.inmemory;

import org.crmkit.contract.StoredValueInvariantsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link StoredValueInvariantsContract} on one in-memory storage shared by every test of the class. */
class InMemoryStoredValueInvariantsTest extends StoredValueInvariantsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
