package org.crmkit.inmemory;

import org.crmkit.contract.SalesFunnelReportContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link SalesFunnelReportContract} on one in-memory storage shared by every test of the class. */
class InMemorySalesFunnelReportTest extends SalesFunnelReportContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
