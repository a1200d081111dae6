package org.crmkit.jdbc;

import org.crmkit.contract.CouponCheckoutContract;
import org.crmkit.spi.CrmStorage;

class H2CouponCheckoutTest extends CouponCheckoutContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
