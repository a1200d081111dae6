package org.crmkit.inmemory;

import org.crmkit.contract.CouponPluginsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CouponPluginsContract} on one in-memory storage shared by every test of the class. */
class InMemoryCouponPluginsTest extends CouponPluginsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
