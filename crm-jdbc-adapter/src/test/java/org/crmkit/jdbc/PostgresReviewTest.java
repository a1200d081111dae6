package org.crmkit.jdbc;

import org.crmkit.contract.ReviewContract;
import org.crmkit.spi.CrmStorage;

class PostgresReviewTest extends ReviewContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
