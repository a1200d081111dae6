package org.crmkit.jdbc;

import org.crmkit.contract.CampaignSendingContract;
import org.crmkit.spi.CrmStorage;

class H2CampaignSendingTest extends CampaignSendingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
