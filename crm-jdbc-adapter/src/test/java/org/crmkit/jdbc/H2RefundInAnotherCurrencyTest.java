package org.crmkit.jdbc;

import org.crmkit.contract.RefundInAnotherCurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2RefundInAnotherCurrencyTest extends RefundInAnotherCurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
