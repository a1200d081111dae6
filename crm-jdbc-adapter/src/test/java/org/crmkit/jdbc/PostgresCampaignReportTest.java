package org.crmkit.jdbc;

import org.crmkit.contract.CampaignReportContract;
import org.crmkit.spi.CrmStorage;

class PostgresCampaignReportTest extends CampaignReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
