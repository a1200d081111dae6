package org.crmkit.inmemory;

import org.crmkit.contract.MallRedemptionContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MallRedemptionContract} on one in-memory storage shared by every test of the class. */
class InMemoryMallRedemptionTest extends MallRedemptionContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
