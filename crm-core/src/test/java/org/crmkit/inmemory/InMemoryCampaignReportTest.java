package org.crmkit.inmemory;

import org.crmkit.contract.CampaignReportContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CampaignReportContract} on one in-memory storage shared by every test of the class. */
class InMemoryCampaignReportTest extends CampaignReportContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
