package org.crmkit.inmemory;

import org.crmkit.contract.ReviewContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ReviewContract} on one in-memory storage shared by every test of the class. */
class InMemoryReviewTest extends ReviewContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
