package org.crmkit.jdbc;

import org.crmkit.contract.CaseOpeningContract;
import org.crmkit.spi.CrmStorage;

class H2CaseOpeningTest extends CaseOpeningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
