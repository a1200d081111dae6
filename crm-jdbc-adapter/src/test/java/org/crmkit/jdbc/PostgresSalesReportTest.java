package org.crmkit.jdbc;

import org.crmkit.contract.SalesReportContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesReportTest extends SalesReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
