package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyRefundOfSpentPointsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyRefundOfSpentPointsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyRefundOfSpentPointsTest extends LoyaltyRefundOfSpentPointsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
