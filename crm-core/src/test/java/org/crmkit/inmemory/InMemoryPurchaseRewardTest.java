package org.crmkit.inmemory;

import org.crmkit.contract.PurchaseRewardContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link PurchaseRewardContract} on one in-memory storage shared by every test of the class. */
class InMemoryPurchaseRewardTest extends PurchaseRewardContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
