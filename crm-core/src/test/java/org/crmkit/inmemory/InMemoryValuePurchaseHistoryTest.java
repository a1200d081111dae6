package org.crmkit.inmemory;

import org.crmkit.contract.ValuePurchaseHistoryContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ValuePurchaseHistoryContract} on one in-memory storage shared by every test of the class. */
class InMemoryValuePurchaseHistoryTest extends ValuePurchaseHistoryContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
