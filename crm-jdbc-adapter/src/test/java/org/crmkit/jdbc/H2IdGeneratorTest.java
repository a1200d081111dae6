package org.crmkit.jdbc;

import org.crmkit.contract.IdGeneratorContract;
import org.crmkit.spi.CrmStorage;

class H2IdGeneratorTest extends IdGeneratorContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
