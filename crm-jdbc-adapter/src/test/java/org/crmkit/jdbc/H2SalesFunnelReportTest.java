package org.crmkit.jdbc;

import org.crmkit.contract.SalesFunnelReportContract;
import org.crmkit.spi.CrmStorage;

class H2SalesFunnelReportTest extends SalesFunnelReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
