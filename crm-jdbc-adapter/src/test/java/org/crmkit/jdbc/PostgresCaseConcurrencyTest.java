package org.crmkit.jdbc;

import org.crmkit.contract.CaseConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseConcurrencyTest extends CaseConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
