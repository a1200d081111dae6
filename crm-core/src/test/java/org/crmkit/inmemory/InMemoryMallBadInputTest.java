package org.crmkit.inmemory;

import org.crmkit.contract.MallBadInputContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MallBadInputContract} on one in-memory storage shared by every test of the class. */
class InMemoryMallBadInputTest extends MallBadInputContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
