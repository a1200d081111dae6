package org.crmkit.inmemory;

import org.crmkit.contract.TierLoyaltyIntegrationContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TierLoyaltyIntegrationContract} on one in-memory storage shared by every test of the class. */
class InMemoryTierLoyaltyIntegrationTest extends TierLoyaltyIntegrationContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
