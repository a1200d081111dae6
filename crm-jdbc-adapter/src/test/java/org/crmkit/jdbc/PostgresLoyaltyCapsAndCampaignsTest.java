package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCapsAndCampaignsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyCapsAndCampaignsTest extends LoyaltyCapsAndCampaignsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
