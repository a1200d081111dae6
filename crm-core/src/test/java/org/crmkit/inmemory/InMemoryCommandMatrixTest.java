package org.crmkit.inmemory;

import org.crmkit.contract.CommandMatrixContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CommandMatrixContract} on one in-memory storage shared by every test of the class. */
class InMemoryCommandMatrixTest extends CommandMatrixContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
