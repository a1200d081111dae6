package org.crmkit.jdbc;

import org.crmkit.contract.CouponConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresCouponConcurrencyTest extends CouponConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
