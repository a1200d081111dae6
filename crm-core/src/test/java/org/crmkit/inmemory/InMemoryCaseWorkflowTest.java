package org.crmkit.inmemory;

import org.crmkit.contract.CaseWorkflowContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseWorkflowContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseWorkflowTest extends CaseWorkflowContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
