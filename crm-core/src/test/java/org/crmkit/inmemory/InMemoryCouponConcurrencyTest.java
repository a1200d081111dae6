package org.crmkit.inmemory;

import org.crmkit.contract.CouponConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponConcurrencyTest extends CouponConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
