package org.crmkit.inmemory;

import org.crmkit.contract.StoredValueExpiryContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link StoredValueExpiryContract} on one in-memory storage shared by every test of the class. */
class InMemoryStoredValueExpiryTest extends StoredValueExpiryContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
