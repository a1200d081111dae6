package org.crmkit.inmemory;

import org.crmkit.contract.MallPrivacyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MallPrivacyContract} on one in-memory storage shared by every test of the class. */
class InMemoryMallPrivacyTest extends MallPrivacyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
