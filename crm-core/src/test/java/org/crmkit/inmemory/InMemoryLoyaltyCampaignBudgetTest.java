package org.crmkit.inmemory;

import org.crmkit.contract.LoyaltyCampaignBudgetContract;
import org.crmkit.spi.CrmStorage;

/** Runs {@link LoyaltyCampaignBudgetContract} on one in-memory storage shared by every test of the class. */
class InMemoryLoyaltyCampaignBudgetTest extends LoyaltyCampaignBudgetContract {

    private static final InMemoryStorage STORAGE = new InMemoryStorage();

    @Override
    protected CrmStorage storage() {
        return STORAGE;
    }
}
