package org.crmkit.inmemory;

import org.crmkit.contract.SalesReportContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesReportContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesReportTest extends SalesReportContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
