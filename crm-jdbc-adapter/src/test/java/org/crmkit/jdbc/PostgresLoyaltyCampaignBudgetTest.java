package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyCampaignBudgetContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyCampaignBudgetTest extends LoyaltyCampaignBudgetContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
