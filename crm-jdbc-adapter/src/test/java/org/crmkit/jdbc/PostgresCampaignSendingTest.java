package org.crmkit.jdbc;

import org.crmkit.contract.CampaignSendingContract;
import org.crmkit.spi.CrmStorage;

class PostgresCampaignSendingTest extends CampaignSendingContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
