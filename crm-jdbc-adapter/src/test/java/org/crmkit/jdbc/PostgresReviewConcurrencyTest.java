package org.crmkit.jdbc;

import org.crmkit.contract.ReviewConcurrencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresReviewConcurrencyTest extends ReviewConcurrencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
