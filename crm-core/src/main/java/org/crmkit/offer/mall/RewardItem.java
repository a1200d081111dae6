package org.crmkit.offer.mall;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.crmkit.shared.Money;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A reward in a programme's catalogue, as defined (its stock counter is kept beside it, see {@link
 * StockedReward}).
 *
 * @param code the item's code, unique within the tenant's programme
 * @param name what the customer sees
 * @param pointsPrice points for one unit, at least 1
 * @param cashPrice cash for one unit that the host collects beside the points (积分换购), in the
 *     programme's currency, or null for a points-only item
 * @param stock units offered in all, or null for unlimited
 * @param perCustomerLimit units one customer may hold in orders that are not cancelled, or null for no limit
 * @param tierCodes the tiers whose members may redeem it; empty for everyone
 * @param validFrom the first day it may be redeemed, in the tenant's zone, or null
 * @param validUntil the last day it may be redeemed (inclusive), in the tenant's zone, or null
 * @param fulfilment how it reaches the customer
 * @param version 1 when first defined, one more at each change
 * @param updatedAt when it was last defined or changed
 * @since 0.2
 */
public record RewardItem(
        TenantId tenantId,
        ProgrammeId programmeId,
        String code,
        String name,
        long pointsPrice,
        @Nullable Money cashPrice,
        @Nullable Long stock,
        @Nullable Integer perCustomerLimit,
        Set<String> tierCodes,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validUntil,
        Fulfilment fulfilment,
        long version,
        Instant updatedAt) {

    /** Checks and normalises the components as the record's description says; the tier codes are kept sorted. */
    public RewardItem {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        checkNotNull(code, "code");
        checkNotNull(name, "name");
        checkArgument(pointsPrice >= 1, "pointsPrice must be at least 1 but was %s", pointsPrice);
        checkArgument(cashPrice == null || !cashPrice.isNegative(), "cashPrice must not be negative but was %s", cashPrice);
        checkArgument(stock == null || stock >= 0, "stock must not be negative but was %s", stock);
        checkArgument(perCustomerLimit == null || perCustomerLimit >= 1, "perCustomerLimit must be at least 1 but was %s", perCustomerLimit);
        SortedSet<String> sorted = new TreeSet<>(checkNotNull(tierCodes, "tierCodes"));
        tierCodes = Collections.unmodifiableSortedSet(sorted);
        checkArgument(validFrom == null || validUntil == null || !validUntil.isBefore(validFrom),
                "validUntil %s must not be before validFrom %s", validUntil, validFrom);
        checkNotNull(fulfilment, "fulfilment");
        checkArgument(version >= 1, "version must be at least 1 but was %s", version);
        checkNotNull(updatedAt, "updatedAt");
    }

    /** Whether {@code day} (in the tenant's zone) lies within the item's window. */
    public boolean openOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** Whether a member of {@code tierCode} (null: no tier) may redeem it. */
    public boolean allowsTier(@Nullable String tierCode) {
        return tierCodes.isEmpty() || (tierCode != null && tierCodes.contains(tierCode));
    }

    /** Whether {@code other} defines the same item, whatever its version and time. */
    public boolean sameDefinition(RewardItem other) {
        return withVersion(1, Instant.EPOCH).equals(other.withVersion(1, Instant.EPOCH));
    }

    /** This definition at another version and time. */
    RewardItem withVersion(long newVersion, Instant at) {
        return new RewardItem(tenantId, programmeId, code, name, pointsPrice, cashPrice, stock, perCustomerLimit, tierCodes, validFrom,
                validUntil, fulfilment, newVersion, at);
    }
}
