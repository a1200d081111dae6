package org.crmkit.inmemory;

import org.crmkit.contract.SurveysPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SurveysPortContract} on one in-memory storage shared by every test of the class. */
class InMemorySurveysPortTest extends SurveysPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
