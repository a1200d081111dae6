package org.crmkit.jdbc;

import org.crmkit.contract.CampaignLaunchContract;
import org.crmkit.spi.CrmStorage;

class PostgresCampaignLaunchTest extends CampaignLaunchContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
