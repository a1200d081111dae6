package org.crmkit.inmemory;

import org.crmkit.contract.CouponCheckoutContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponCheckoutContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponCheckoutTest extends CouponCheckoutContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
