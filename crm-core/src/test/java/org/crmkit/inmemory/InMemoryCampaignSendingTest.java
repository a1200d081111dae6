package org.crmkit.inmemory;

import org.crmkit.contract.CampaignSendingContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CampaignSendingContract} on one in-memory storage shared by every test of the class. */
class InMemoryCampaignSendingTest extends CampaignSendingContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
