package org.crmkit.inmemory;

import org.crmkit.contract.CheckoutContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CheckoutContract} on one in-memory storage shared by every test of the class. */
class InMemoryCheckoutTest extends CheckoutContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
