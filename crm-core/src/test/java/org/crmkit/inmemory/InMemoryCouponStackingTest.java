package org.crmkit.inmemory;

import org.crmkit.contract.CouponStackingContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponStackingContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponStackingTest extends CouponStackingContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
