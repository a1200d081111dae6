package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.ZoneId;
import java.util.List;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A ladder as a storage keeps it: the plug-ins by their specs, so that storing needs no plug-in
 * and loading fails clearly when one is missing. {@link TierService} turns it into a {@link
 * TierLadder} with the factories it knows.
 *
 * @param metric the {@link org.crmkit.tier.spi.QualifyingMetric#spec() spec} of the qualifying metric
 * @param policy the {@link org.crmkit.tier.spi.TierPolicy#spec() spec} of the tier policy
 * @since 0.1
 */
public record LadderDefinition(
        TenantId tenantId, ProgrammeId programmeId, List<Tier> tiers, String metric, String policy, EarningPolicy growthEarning,
        ZoneId zone) {

    /** Checks and normalises the components as the record's description says. */
    public LadderDefinition {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        tiers = List.copyOf(checkNotNull(tiers, "tiers"));
        checkNotNull(metric, "metric");
        checkNotNull(policy, "policy");
        checkNotNull(growthEarning, "growthEarning");
        checkNotNull(zone, "zone");
    }

    /** The definition of {@code ladder}. */
    public static LadderDefinition of(TierLadder ladder) {
        return new LadderDefinition(ladder.tenantId(), ladder.programmeId(), ladder.tiers(), ladder.metric().spec(), ladder.policy().spec(),
                ladder.growthEarning(), ladder.zone());
    }
}
