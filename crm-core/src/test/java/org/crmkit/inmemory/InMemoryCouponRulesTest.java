package org.crmkit.inmemory;

import org.crmkit.contract.CouponRulesContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponRulesContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponRulesTest extends CouponRulesContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
