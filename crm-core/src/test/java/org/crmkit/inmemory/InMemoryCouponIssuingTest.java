package org.crmkit.inmemory;

import org.crmkit.contract.CouponIssuingContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponIssuingContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponIssuingTest extends CouponIssuingContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
