package org.crmkit.inmemory;

import org.crmkit.contract.ReviewConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ReviewConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryReviewConcurrencyTest extends ReviewConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
