package org.crmkit.jdbc;

import org.crmkit.contract.CouponIssuingContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponIssuingTest extends CouponIssuingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
