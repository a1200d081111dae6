package org.crmkit.inmemory;

import org.crmkit.contract.TierMetricsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierMetricsContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierMetricsTest extends TierMetricsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
