package org.crmkit.jdbc;

import org.crmkit.contract.ReviewConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class H2ReviewConcurrencyTest extends ReviewConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
