package org.crmkit.jdbc;

import org.crmkit.contract.CaseOpeningContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseOpeningTest extends CaseOpeningContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
