package org.crmkit.jdbc;

import org.crmkit.contract.PrivacyContract;
import org.crmkit.spi.CrmStorage;

class PostgresPrivacyTest extends PrivacyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
