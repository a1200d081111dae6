package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyOrderGuardsContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyOrderGuardsTest extends LoyaltyOrderGuardsContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
