package org.crmkit.inmemory;

import org.crmkit.contract.ValueScoringCdnowContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ValueScoringCdnowContract} on an in-memory storage. */
class InMemoryValueScoringCdnowTest extends ValueScoringCdnowContract {

    private final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return storage;
    }
}
