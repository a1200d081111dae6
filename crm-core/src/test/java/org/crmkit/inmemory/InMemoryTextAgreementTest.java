package org.crmkit.inmemory;

import org.crmkit.contract.TextAgreementContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TextAgreementContract} on one in-memory storage shared by every test of the class. */
class InMemoryTextAgreementTest extends TextAgreementContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
