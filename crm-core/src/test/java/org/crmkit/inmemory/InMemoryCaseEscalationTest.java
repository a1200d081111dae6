package org.crmkit.inmemory;

import org.crmkit.contract.CaseEscalationContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CaseEscalationContract} on one in-memory storage shared by every test of the class. */
class InMemoryCaseEscalationTest extends CaseEscalationContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
