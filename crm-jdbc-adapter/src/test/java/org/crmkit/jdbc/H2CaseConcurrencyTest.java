package org.crmkit.jdbc;

import org.crmkit.contract.CaseConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2CaseConcurrencyTest extends CaseConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
