package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyIdempotencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyIdempotencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyIdempotencyTest extends LoyaltyIdempotencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
