package org.crmkit.inmemory;

import org.crmkit.contract.TierJdLadderContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierJdLadderContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierJdLadderTest extends TierJdLadderContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
