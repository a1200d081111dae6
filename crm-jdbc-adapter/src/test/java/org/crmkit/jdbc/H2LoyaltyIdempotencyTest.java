package org.crmkit.jdbc;

import org.crmkit.contract.LoyaltyIdempotencyContract;
import org.crmkit.spi.CrmStorage;

class H2LoyaltyIdempotencyTest extends LoyaltyIdempotencyContract {

    @Override
    protected CrmStorage storage() {
        return TestDatabases.h2();
    }
}
