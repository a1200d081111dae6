package org.crmkit.inmemory;

import org.crmkit.contract.CommandValidationContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CommandValidationContract} on one in-memory storage shared by every test of the class. */
class InMemoryCommandValidationTest extends CommandValidationContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
