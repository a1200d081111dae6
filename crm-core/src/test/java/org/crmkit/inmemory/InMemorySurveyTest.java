package org.crmkit.inmemory;

import org.crmkit.contract.SurveyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SurveyContract} on one in-memory storage shared by every test of the class. */
class InMemorySurveyTest extends SurveyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
