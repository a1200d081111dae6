package org.crmkit.jdbc;

import org.crmkit.contract.SalesReportContract;
import org.crmkit.spi.CrmStorage;

class H2SalesReportTest extends SalesReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
