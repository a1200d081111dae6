package org.crmkit.inmemory;

import org.crmkit.contract.MallCatalogueContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link MallCatalogueContract} on one in-memory storage shared by every test of the class. */
class InMemoryMallCatalogueTest extends MallCatalogueContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
