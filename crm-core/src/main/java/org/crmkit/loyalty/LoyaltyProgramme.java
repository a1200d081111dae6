package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneId;
import org.crmkit.earning.EarningPolicy;
import org.crmkit.loyalty.spi.ExpiryPolicy;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * A tenant's points programme: what points are called and worth, when they expire, how long
 * purchase points stay pending, what a refund does to spent points, redemption limits and the
 * earning policy.
 *
 * @param tenantId the tenant
 * @param id the programme id
 * @param pointsName what customers see, e.g. 京豆 or "points"
 * @param cashRate what points pay at checkout, e.g. 100 points = CNY 1.00
 * @param rounding how fractional points are rounded when earning (usually DOWN)
 * @param expiry when earned points expire
 * @param pendingPeriod how long purchase points stay pending (the return window, e.g. 7 days); zero for none
 * @param holdTtl how long a checkout hold lives before it releases itself
 * @param debtPolicy what a refund does when the order's points were spent
 * @param redemptionLimits limits on paying with points
 * @param zone the zone for calendar rules (expiry at year end, per-day caps)
 * @param earning how purchases and events earn points
 * @since 0.1
 */
public record LoyaltyProgramme(
        TenantId tenantId,
        ProgrammeId id,
        String pointsName,
        CashRate cashRate,
        RoundingMode rounding,
        ExpiryPolicy expiry,
        Duration pendingPeriod,
        Duration holdTtl,
        DebtPolicy debtPolicy,
        RedemptionLimits redemptionLimits,
        ZoneId zone,
        EarningPolicy earning) {

    /** Checks and normalises the components as the record's description says. */
    public LoyaltyProgramme {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(id, "id");
        checkNotNull(pointsName, "pointsName");
        checkArgument(!pointsName.isBlank() && pointsName.length() <= 64, "pointsName must be 1 to 64 characters");
        checkNotNull(cashRate, "cashRate");
        checkNotNull(rounding, "rounding");
        checkArgument(rounding != RoundingMode.UNNECESSARY, "rounding must say how to round, not UNNECESSARY");
        checkNotNull(expiry, "expiry");
        checkNotNull(pendingPeriod, "pendingPeriod");
        checkArgument(!pendingPeriod.isNegative(), "pendingPeriod must not be negative but was %s", pendingPeriod);
        checkNotNull(holdTtl, "holdTtl");
        checkArgument(!holdTtl.isNegative() && !holdTtl.isZero(), "holdTtl must be positive but was %s", holdTtl);
        checkNotNull(debtPolicy, "debtPolicy");
        checkNotNull(redemptionLimits, "redemptionLimits");
        checkNotNull(zone, "zone");
        checkNotNull(earning, "earning");
        checkArgument(earning.currency().equals(cashRate.cash().currency()),
                "the earning policy's currency %s must be the cash rate's %s", earning.currency(), cashRate.cash().currency());
    }

    /** The account of {@code customerId} in this programme. */
    public AccountRef account(org.crmkit.shared.CustomerId customerId) {
        return AccountRef.of(tenantId, customerId, id);
    }
}
