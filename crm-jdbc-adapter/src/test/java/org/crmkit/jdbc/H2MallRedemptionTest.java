package org.crmkit.jdbc;

import org.crmkit.contract.MallRedemptionContract;
import org.crmkit.spi.CrmStorage;

class H2MallRedemptionTest extends MallRedemptionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
