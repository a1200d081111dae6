package org.crmkit.jdbc;

import org.crmkit.contract.CouponCheckoutContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponCheckoutTest extends CouponCheckoutContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
