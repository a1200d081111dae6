package org.crmkit.jdbc;

import org.crmkit.contract.CouponStackingContract;
import org.crmkit.spi.CrmStorage;

class H2CouponStackingTest extends CouponStackingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
