package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyCheckoutHoldContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyCheckoutHoldContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyCheckoutHoldTest extends LoyaltyCheckoutHoldContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
