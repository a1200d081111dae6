package org.crmkit.tier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crmkit.earning.Contribution;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Records one fact of a member's metric (a purchase, a refund, a growth grant) once per key: the
 * fact, the re-run of the last assessment it predates, and the upgrade it earns, in one unit of work.
 */
final class RecordingFacts {

    /** A fact about to be recorded, and the growth earning rules' explanation of it. */
    record Rated(MetricFact fact, List<Contribution> growth) {}

    /** Which of the member's facts the rating reads one by one. */
    enum Reading {
        /** Every fact: a refund looks for its order's purchases however old. */
        ALL,
        /**
         * The facts of the last month and the window of the ladder's metric one by one, where the
         * metric is a built-in sum, and the older ones summed: the rating asks only whether the
         * order counts already and about the purchase's day, and a look further back reads them all.
         */
        RECENT
    }

    private final TierContext ctx;
    private final TierQueries queries;

    RecordingFacts(TierContext ctx, TierQueries queries) {
        this.ctx = ctx;
        this.queries = queries;
    }

    /**
     * Records the fact {@code rate} makes. A fact whose key was recorded before is answered with the
     * member's status before anything is rated: rating touches campaign budgets and counters, and
     * this call may be joined to an outer unit of work that it cannot roll back, so a replay must
     * not get that far.
     */
    TierStatus record(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String key, String orderId, Instant now,
            Reading reading, BiFunction<TierLadder, MemberWork, Rated> rate) {
        return record(tenantId, customerId, programmeId, key, orderId, now, reading, ladder -> List.of(), rate);
    }

    /**
     * {@link #record}, locking the tenant's {@code counters} (given the ladder) with the membership
     * where the store can: the counters the rating will lock, so they need no round trips of their own.
     */
    TierStatus record(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String key, String orderId, Instant now,
            Reading reading, Function<TierLadder, List<String>> counters, BiFunction<TierLadder, MemberWork, Rated> rate) {
        return UnitOfWork.retrying(ctx.transactions, () -> {
            TierLadder ladder = ctx.ladderOf(tenantId, programmeId);
            Instant sumUntil = reading == Reading.RECENT ? sumUntil(ladder, now) : null;
            MemberWork work = ctx.join(ladder, tenantId, customerId, programmeId, now, key, counters.apply(ladder), sumUntil, orderId);
            // under the member's lock, so a concurrent delivery of the same key waits here and then sees the first
            Optional<MetricFact> earlier = work.fact(key);
            if (earlier.isPresent()) {
                if (!Objects.equals(earlier.get().orderId(), orderId)) {
                    throw keyReused(key, earlier.get());
                }
                return queries.status(tenantId, customerId, programmeId);
            }
            work.expireOverride(now);
            Rated rated = rate.apply(ladder, work);
            if (work.factKeyFree()) {
                // free under the member's lock: only a concurrent unit can take it now, a race the retry settles
                ctx.memberships.addNewFact(rated.fact());
            } else if (!ctx.memberships.addFact(rated.fact())) {
                // the key is another member's (a caller's mistake), or was taken since the look-up (a race to retry)
                Optional<MetricFact> owner = ctx.memberships.fact(tenantId, key);
                if (owner.isPresent() && !(owner.get().customerId().equals(customerId) && owner.get().programmeId().equals(programmeId))) {
                    throw keyReused(key, owner.get());
                }
                throw new DuplicateKeyException("tier fact", "key");
            }
            work.added(rated.fact());
            work.reassess(rated.fact());
            work.upgradeCheck(now);
            MemberWork.flushAll(ctx.memberships, List.of(work));
            return StatusView.of(work, now, rated.growth());
        });
    }

    /**
     * Up to when the lock may sum the member's facts for {@link Reading#RECENT}: before the first
     * fact the ladder's built-in metric counts at the same time of day a month ago (the window's
     * start then, or that day itself for a sum over all time), so that the metric now, at an
     * assessment of the last month and on a purchase's day of that month comes from the facts
     * read one by one and the sum; null (all facts one by one) for a metric of the host's.
     */
    static @Nullable Instant sumUntil(TierLadder ladder, Instant now) {
        if (!(ladder.metric() instanceof SummedMetric summed)) {
            return null;
        }
        Instant monthBefore = now.atZone(ladder.zone()).toLocalDate().minusMonths(1).atStartOfDay(ladder.zone()).toInstant();
        Instant windowStart = summed.countsAfter(monthBefore, ladder.zone());
        return windowStart != null ? windowStart : monthBefore.minusNanos(1);
    }

    private static IdempotencyKeyReusedException keyReused(String key, MetricFact first) {
        return new IdempotencyKeyReusedException(key, "tier fact (customer " + first.customerId().value() + ", programme "
                + first.programmeId().value() + (first.orderId() == null ? "" : ", order " + first.orderId()) + ")");
    }
}
