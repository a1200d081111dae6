package org.crmkit.inmemory;

import org.crmkit.contract.TierOverrideAndOutlookContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierOverrideAndOutlookContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierOverrideAndOutlookTest extends TierOverrideAndOutlookContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
