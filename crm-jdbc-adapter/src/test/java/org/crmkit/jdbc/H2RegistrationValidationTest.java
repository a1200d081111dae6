package org.crmkit.jdbc;

import org.crmkit.contract.RegistrationValidationContract;
import org.crmkit.spi.CrmStorage;

class H2RegistrationValidationTest extends RegistrationValidationContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
