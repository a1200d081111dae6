package org.crmkit.jdbc;

import org.crmkit.contract.SalesFunnelReportContract;
import org.crmkit.spi.CrmStorage;

class PostgresSalesFunnelReportTest extends SalesFunnelReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
