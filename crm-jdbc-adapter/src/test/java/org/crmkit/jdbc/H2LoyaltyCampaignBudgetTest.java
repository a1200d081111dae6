package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCampaignBudgetContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyCampaignBudgetTest extends LoyaltyCampaignBudgetContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
