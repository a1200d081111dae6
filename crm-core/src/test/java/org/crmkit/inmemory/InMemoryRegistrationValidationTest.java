package org.crmkit.inmemory;

import org.crmkit.contract.RegistrationValidationContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link RegistrationValidationContract} on one in-memory storage shared by every test of the class. */
class InMemoryRegistrationValidationTest extends RegistrationValidationContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
