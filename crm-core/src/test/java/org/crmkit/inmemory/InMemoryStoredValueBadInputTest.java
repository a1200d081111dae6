package org.crmkit.inmemory;

import org.crmkit.contract.StoredValueBadInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link StoredValueBadInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryStoredValueBadInputTest extends StoredValueBadInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
