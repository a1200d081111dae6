package org.crmkit.inmemory;

import org.crmkit.contract.ChurnReasonContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ChurnReasonContract} on one in-memory storage shared by every test of the class. */
class InMemoryChurnReasonTest extends ChurnReasonContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
