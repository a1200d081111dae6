package org.crmkit.inmemory;

import org.crmkit.contract.CasePoliciesPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CasePoliciesPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryCasePoliciesPortTest extends CasePoliciesPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
