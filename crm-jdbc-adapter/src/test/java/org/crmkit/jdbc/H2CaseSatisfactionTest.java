package org.crmkit.jdbc;

import org.crmkit.contract.CaseSatisfactionContract;
import org.crmkit.spi.CrmStorage;

class H2CaseSatisfactionTest extends CaseSatisfactionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
