package org.crmkit.inmemory;

import org.crmkit.contract.LedgerConcurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LedgerConcurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryLedgerConcurrencyTest extends LedgerConcurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
