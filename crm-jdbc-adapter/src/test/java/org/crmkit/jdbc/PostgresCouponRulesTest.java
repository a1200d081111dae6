package org.crmkit.jdbc;

import org.crmkit.contract.CouponRulesContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponRulesTest extends CouponRulesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
