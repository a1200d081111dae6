package org.crmkit.jdbc;

import org.crmkit.contract.CheckoutContract;
import org.crmkit.spi.CrmStorage;

class PostgresCheckoutTest extends CheckoutContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
