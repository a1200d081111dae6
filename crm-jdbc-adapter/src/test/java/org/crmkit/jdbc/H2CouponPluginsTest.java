package org.crmkit.jdbc;

import org.crmkit.contract.CouponPluginsContract;
import org.crmkit.spi.CrmStorage;

class H2CouponPluginsTest extends CouponPluginsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
