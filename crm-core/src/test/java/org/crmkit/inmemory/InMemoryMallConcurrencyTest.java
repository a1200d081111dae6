package org.crmkit.inmemory;

import org.crmkit.contract.MallConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MallConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryMallConcurrencyTest extends MallConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
