package org.crmkit.loyalty;

import java.math.BigDecimal;
import java.util.Optional;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * Port to the tier context: the member's current tier, for tier multipliers. By default {@code
 * Crm} answers from the tier context's ladders; give your own to {@code Crm.builder().tierLookup}
 * when tiers live elsewhere.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TierLookup {

    /** Knows no tiers. */
    TierLookup NONE = (tenantId, customerId, programmeId) -> Optional.empty();

    /** The member's current tier code (e.g. {@code gold}) in the programme, if any. */
    Optional<String> tierOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId);

    /**
     * The points multiplier the member's tier gives, if the tier defines one. Used when the
     * programme's {@link EarningPolicy#tierMultipliers()} has no entry for the tier.
     */
    default Optional<BigDecimal> pointsMultiplierOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return Optional.empty();
    }

    /**
     * The member's tier and the points multiplier it gives, asked together: a purchase needs
     * both, and an implementation may find them in one read. By default asks {@link #tierOf} and
     * {@link #pointsMultiplierOf}.
     */
    default Standing standingOf(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return new Standing(tierOf(tenantId, customerId, programmeId), pointsMultiplierOf(tenantId, customerId, programmeId));
    }

    /**
     * A member's tier, as the earning rules need it.
     *
     * @param tier the tier code, if the customer is a member
     * @param pointsMultiplier the points multiplier the tier gives, if it defines one
     */
    record Standing(Optional<String> tier, Optional<BigDecimal> pointsMultiplier) {

        /** Checks and normalises the components as the record's description says. */
        public Standing {
            java.util.Objects.requireNonNull(tier, "tier");
            java.util.Objects.requireNonNull(pointsMultiplier, "pointsMultiplier");
        }
    }
}
