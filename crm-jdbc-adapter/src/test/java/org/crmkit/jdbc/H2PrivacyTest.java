package org.crmkit.jdbc;

import org.crmkit.contract.PrivacyContract;
import org.crmkit.spi.CrmStorage;

class H2PrivacyTest extends PrivacyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
