package org.crmkit.jdbc;

import org.crmkit.contract.TextAgreementContract;
import org.crmkit.spi.CrmStorage;

class H2TextAgreementTest extends TextAgreementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
