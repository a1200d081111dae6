package org.crmkit.inmemory;

import org.crmkit.contract.ErasureContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ErasureContract} on one in-memory storage shared by every test of the class. */
class InMemoryErasureTest extends ErasureContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
