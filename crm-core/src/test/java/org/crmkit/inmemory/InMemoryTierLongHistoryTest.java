package org.crmkit.inmemory;

import org.crmkit.contract.TierLongHistoryContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierLongHistoryContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierLongHistoryTest extends TierLongHistoryContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
