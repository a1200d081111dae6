package org.crmkit.jdbc;

import org.crmkit.contract.CasePoliciesPortContract;
import org.crmkit.spi.CrmStorage;

class H2CasePoliciesPortTest extends CasePoliciesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
