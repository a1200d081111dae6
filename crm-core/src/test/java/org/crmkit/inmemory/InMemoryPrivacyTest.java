package org.crmkit.inmemory;

import org.crmkit.contract.PrivacyContract;
import org.crmkit.spi.CrmStorage;

class InMemoryPrivacyTest extends PrivacyContract {

    private final InMemoryStorage storage = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return storage;
    }
}
