package org.crmkit.inmemory;

import org.crmkit.contract.CampaignLaunchContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link CampaignLaunchContract} on one in-memory storage shared by every test of the class. */
class InMemoryCampaignLaunchTest extends CampaignLaunchContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
