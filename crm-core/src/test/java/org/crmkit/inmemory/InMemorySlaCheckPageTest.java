package org.crmkit.inmemory;

import org.crmkit.contract.SlaCheckPageContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SlaCheckPageContract} on one in-memory storage shared by every test of the class. */
class InMemorySlaCheckPageTest extends SlaCheckPageContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
