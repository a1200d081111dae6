package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyRefundContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyRefundContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyRefundTest extends LoyaltyRefundContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
