package org.crmkit.inmemory;

import org.crmkit.contract.ValueScoringContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ValueScoringContract} on one in-memory storage shared by every test of the class. */
class InMemoryValueScoringTest extends ValueScoringContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
