package org.crmkit.inmemory;

import org.crmkit.contract.DomainEventsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link DomainEventsContract} on one in-memory storage shared by every test of the class. */
class InMemoryDomainEventsTest extends DomainEventsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
