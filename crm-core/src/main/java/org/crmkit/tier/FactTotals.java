package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A member's facts dated at or before {@link #until}, summed: what a {@link LockedMembership}
 * holds in place of those facts when the lock was asked to sum them ({@link
 * Memberships#lockWithFacts(org.crmkit.shared.TenantId, org.crmkit.shared.CustomerId,
 * org.crmkit.shared.ProgrammeId, String, java.util.List, Instant, String)}), so that recording a
 * fact reads the member's recent facts one by one and the rest as one row.
 *
 * @param until the latest instant summed: every fact dated at or before it, and none after
 * @param facts how many facts
 * @param spendUnits the sum of their {@link MetricFact#spendUnits}
 * @param orders the sum of their {@link MetricFact#orders}
 * @param growth the sum of their {@link MetricFact#growth}
 * @param orderCounted whether one of them counts the order the lock was asked about (a fact of the
 *     order with {@link MetricFact#orders} above 0); false when none was asked about
 * @since 0.3
 */
public record FactTotals(Instant until, long facts, long spendUnits, long orders, long growth, boolean orderCounted) {

    /** Checks the components as the record's description says. */
    public FactTotals {
        checkNotNull(until, "until");
        checkArgument(facts >= 0, "facts must be >= 0 but was %s", facts);
    }

    /**
     * These totals with {@code fact}, dated at or before {@link #until}, added.
     *
     * @param countsTheOrder whether {@code fact} counts the order {@link #orderCounted} speaks of
     */
    FactTotals plus(MetricFact fact, boolean countsTheOrder) {
        checkArgument(!fact.at().isAfter(until), "fact %s is dated %s, after the totals' %s", fact.key(), fact.at(), until);
        return new FactTotals(until, facts + 1, spendUnits + fact.spendUnits(), orders + fact.orders(), growth + fact.growth(),
                orderCounted || countsTheOrder);
    }
}
