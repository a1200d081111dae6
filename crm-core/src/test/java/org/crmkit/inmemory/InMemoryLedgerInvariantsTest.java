package org.crmkit.inmemory;

import org.crmkit.contract.LedgerInvariantsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LedgerInvariantsContract} on one in-memory storage shared by every run. */
class InMemoryLedgerInvariantsTest extends LedgerInvariantsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
