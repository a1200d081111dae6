package org.crmkit.jdbc;

import org.crmkit.contract.CouponPluginsContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponPluginsTest extends CouponPluginsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
