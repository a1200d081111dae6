package org.crmkit.earning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A time-boxed multiplier on purchase points (double points on 618 and 11.11), optionally with a
 * global points budget and a per-customer limit. Neither limit is ever exceeded, even when many
 * orders earn at once: the campaign's bonus is cut to what is left.
 *
 * @param id stable id, 1 to 64 characters, unique within its programme (budgets and limits are
 *     counted per programme and campaign id)
 * @param multiplier the multiplier on the base points, above 1 (2 = double points); the bonus is
 *     base x (multiplier - 1)
 * @param startsAt first instant of the campaign
 * @param endsAt the instant it ends (exclusive)
 * @param budget the most bonus points the campaign gives in all, or null for no budget
 * @param perCustomerLimit the most bonus points one customer gets per {@code period}, or null
 * @param period the window of the per-customer limit
 * @since 0.1
 */
public record Campaign(
        String id, BigDecimal multiplier, Instant startsAt, Instant endsAt, @Nullable Long budget, Long perCustomerLimit, LimitPeriod period) {

    /** Checks and normalises the components as the record's description says. */
    public Campaign {
        checkNotNull(id, "id");
        checkArgument(id.matches("[A-Za-z0-9._-]{1,64}"), "campaign id must be 1 to 64 of [A-Za-z0-9._-] but was '%s'", id);
        checkNotNull(multiplier, "multiplier");
        checkArgument(multiplier.compareTo(BigDecimal.ONE) > 0, "a campaign multiplier must be > 1 but was %s", multiplier);
        checkNotNull(startsAt, "startsAt");
        checkNotNull(endsAt, "endsAt");
        checkArgument(endsAt.isAfter(startsAt), "a campaign must end after it starts");
        checkArgument(budget == null || budget >= 0, "budget must be >= 0 but was %s", budget);
        checkArgument(perCustomerLimit == null || perCustomerLimit >= 0, "perCustomerLimit must be >= 0 but was %s", perCustomerLimit);
        checkNotNull(period, "period");
    }

    /** An unlimited campaign. */
    public static Campaign of(String id, BigDecimal multiplier, Instant startsAt, Instant endsAt) {
        return new Campaign(id, multiplier, startsAt, endsAt, null, null, LimitPeriod.CAMPAIGN);
    }

    /** This campaign with a global budget. */
    public Campaign withBudget(long points) {
        return new Campaign(id, multiplier, startsAt, endsAt, points, perCustomerLimit, period);
    }

    /** This campaign with a per-customer limit per period. */
    public Campaign withPerCustomerLimit(long points, LimitPeriod limitPeriod) {
        return new Campaign(id, multiplier, startsAt, endsAt, budget, points, limitPeriod);
    }

    /** True if {@code at} is within the campaign. */
    public boolean isRunningAt(Instant at) {
        return !at.isBefore(startsAt) && at.isBefore(endsAt);
    }
}
