package org.crmkit.jdbc;

import org.crmkit.contract.CouponRulesContract;
import org.crmkit.spi.CrmStorage;

class H2CouponRulesTest extends CouponRulesContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
