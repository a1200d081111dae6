package org.crmkit.inmemory;

import org.crmkit.contract.IdGeneratorContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link IdGeneratorContract} on the in-memory storage. */
class InMemoryIdGeneratorTest extends IdGeneratorContract {

    @Override
    protected CrmStorage storage() {
        return new InMemoryStorage();
    }
}
