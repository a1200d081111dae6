package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyCapsAndCampaignsContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyCapsAndCampaignsContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyCapsAndCampaignsTest extends LoyaltyCapsAndCampaignsContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
