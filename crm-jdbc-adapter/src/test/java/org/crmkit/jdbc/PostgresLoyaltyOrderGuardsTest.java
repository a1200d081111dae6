package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyOrderGuardsContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyOrderGuardsTest extends LoyaltyOrderGuardsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
