package org.crmkit.jdbc;

import org.crmkit.contract.CouponConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2CouponConcurrencyTest extends CouponConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
