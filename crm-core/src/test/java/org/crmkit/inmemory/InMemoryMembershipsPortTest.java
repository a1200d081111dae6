package org.crmkit.inmemory;

import org.crmkit.contract.MembershipsPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MembershipsPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryMembershipsPortTest extends MembershipsPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
