package org.crmkit.inmemory;

import org.crmkit.contract.LifecycleStageContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LifecycleStageContract} on one in-memory storage shared by every test of the class. */
class InMemoryLifecycleStageTest extends LifecycleStageContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
