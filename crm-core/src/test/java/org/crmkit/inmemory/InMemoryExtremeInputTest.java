package org.crmkit.inmemory;

import org.crmkit.contract.ExtremeInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ExtremeInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryExtremeInputTest extends ExtremeInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
