package org.crmkit.inmemory;

import org.crmkit.contract.LifecycleAutomationContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LifecycleAutomationContract} on one in-memory storage shared by every test of the class. */
class InMemoryLifecycleAutomationTest extends LifecycleAutomationContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
