package org.crmkit.inmemory;

import org.crmkit.contract.TransactionRunnerContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link TransactionRunnerContract} on one in-memory storage shared by every test of the class. */
class InMemoryTransactionRunnerTest extends TransactionRunnerContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
