package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyIdempotencyContract;
import org.crmkit.spi.CrmStorage;

class PostgresLoyaltyIdempotencyTest extends LoyaltyIdempotencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.postgres();
    }
}
