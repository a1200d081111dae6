package org.crmkit.jdbc;

import org.crmkit.contract.CaseResolutionContract;
import org.crmkit.spi.CrmStorage;

class H2CaseResolutionTest extends CaseResolutionContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
