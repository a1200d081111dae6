package org.crmkit.jdbc;

import org.crmkit.contract.CasePoliciesPortContract;
import org.crmkit.spi.CrmStorage;

class PostgresCasePoliciesPortTest extends CasePoliciesPortContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
