package org.crmkit.jdbc;

import org.crmkit.contract.CouponIssuingContract;
import org.crmkit.spi.CrmStorage;

class H2CouponIssuingTest extends CouponIssuingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
