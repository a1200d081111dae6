package org.crmkit.jdbc;

import org.crmkit.contract.MallPrivacyContract;
import org.crmkit.spi.CrmStorage;

class PostgresMallPrivacyTest extends MallPrivacyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
