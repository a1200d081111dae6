package org.crmkit.jdbc;

import org.crmkit.contract.RegistrationValidationContract;
import org.crmkit.spi.CrmStorage;

class PostgresRegistrationValidationTest extends RegistrationValidationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
