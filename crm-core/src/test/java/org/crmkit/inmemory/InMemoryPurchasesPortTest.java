package org.crmkit.inmemory;

import org.crmkit.contract.PurchasesPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link PurchasesPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryPurchasesPortTest extends PurchasesPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
