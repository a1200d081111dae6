package org.crmkit.inmemory;

import org.crmkit.contract.TierLateFactsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierLateFactsContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierLateFactsTest extends TierLateFactsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
