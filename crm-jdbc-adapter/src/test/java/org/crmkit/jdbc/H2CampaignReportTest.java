package org.crmkit.jdbc;

import org.crmkit.contract.CampaignReportContract;
import org.crmkit.spi.CrmStorage;

class H2CampaignReportTest extends CampaignReportContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
