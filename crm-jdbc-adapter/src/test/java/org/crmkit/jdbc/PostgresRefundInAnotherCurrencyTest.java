package org.crmkit.jdbc;

import org.crmkit.contract.RefundInAnotherCurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresRefundInAnotherCurrencyTest extends RefundInAnotherCurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
