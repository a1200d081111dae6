package org.crmkit.jdbc;

import org.crmkit.contract.CampaignLaunchContract;
import org.crmkit.spi.CrmStorage;

class H2CampaignLaunchTest extends CampaignLaunchContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
