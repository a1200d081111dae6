package org.crmkit.jdbc;

import org.crmkit.contract.CaseResolutionContract;
import org.crmkit.spi.CrmStorage;

class PostgresCaseResolutionTest extends CaseResolutionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
