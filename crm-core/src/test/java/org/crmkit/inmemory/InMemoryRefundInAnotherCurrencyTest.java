package org.crmkit.inmemory;

import org.crmkit.contract.RefundInAnotherCurrencyContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link RefundInAnotherCurrencyContract} on one in-memory storage shared by every test of the class. */
class InMemoryRefundInAnotherCurrencyTest extends RefundInAnotherCurrencyContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
