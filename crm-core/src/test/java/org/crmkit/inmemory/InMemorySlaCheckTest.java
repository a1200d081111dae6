package org.crmkit.inmemory;

import org.crmkit.contract.SlaCheckContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SlaCheckContract} on one in-memory storage shared by every test of the class. */
class InMemorySlaCheckTest extends SlaCheckContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
