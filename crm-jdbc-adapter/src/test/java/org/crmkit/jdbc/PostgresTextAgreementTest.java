package org.crmkit.jdbc;

import org.crmkit.contract.TextAgreementContract;
import org.crmkit.spi.CrmStorage;

class PostgresTextAgreementTest extends TextAgreementContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
