package org.crmkit.jdbc;

import org.crmkit.contract.CouponStackingContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponStackingTest extends CouponStackingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
