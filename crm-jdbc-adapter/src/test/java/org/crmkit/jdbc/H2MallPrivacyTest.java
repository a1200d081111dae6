package org.crmkit.jdbc;

import org.crmkit.contract.MallPrivacyContract;
import org.crmkit.spi.CrmStorage;

class H2MallPrivacyTest extends MallPrivacyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
