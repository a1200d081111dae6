package org.crmkit.inmemory;

import org.crmkit.contract.TierLadderChangeContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierLadderChangeContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierLadderChangeTest extends TierLadderChangeContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
