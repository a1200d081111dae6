package org.crmkit.jdbc;

import org.crmkit.contract.CaseSatisfactionContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseSatisfactionTest extends CaseSatisfactionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
