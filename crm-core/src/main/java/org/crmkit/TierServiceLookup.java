package org.crmkit;

import java.math.BigDecimal;
import java.util.Optional;
import org.crmkit.loyalty.TierLookup;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierService;

/** The loyalty context's view of tiers, answered by the tier context through its public service. */
final class TierServiceLookup implements TierLookup {

    private final TierService tiers;

    TierServiceLookup(TierService tiers) {
        this.tiers = tiers;
    }

    @Override
    public Optional<String> tierOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return tiers.currentTier(tenantId, customerId, programmeId).map(Tier::code);
    }

    @Override
    public Optional<BigDecimal> pointsMultiplierOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return tiers.currentTier(tenantId, customerId, programmeId).map(tier -> tier.benefits().pointsMultiplier());
    }

    @Override
    public Standing standingOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Optional<Tier> tier = tiers.currentTier(tenantId, customerId, programmeId);
        return new Standing(tier.map(Tier::code), tier.map(t -> t.benefits().pointsMultiplier()));
    }
}
