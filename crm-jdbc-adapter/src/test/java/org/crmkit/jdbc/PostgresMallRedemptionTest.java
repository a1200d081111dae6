package org.crmkit.jdbc;

import org.crmkit.contract.MallRedemptionContract;
import org.crmkit.spi.CrmStorage;

class PostgresMallRedemptionTest extends MallRedemptionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
