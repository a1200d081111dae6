package org.crmkit.inmemory;

import org.crmkit.contract.ProgrammeRepositoryPortContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link ProgrammeRepositoryPortContract} on one in-memory storage shared by every test of the class. */
class InMemoryProgrammeRepositoryPortTest extends ProgrammeRepositoryPortContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
