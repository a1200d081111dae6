package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCapsAndCampaignsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyCapsAndCampaignsTest extends LoyaltyCapsAndCampaignsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
