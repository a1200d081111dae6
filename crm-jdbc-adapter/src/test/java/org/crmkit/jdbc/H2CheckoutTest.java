package org.crmkit.jdbc;

import org.crmkit.contract.CheckoutContract;
import org.crmkit.spi.CrmStorage;

class H2CheckoutTest extends CheckoutContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
