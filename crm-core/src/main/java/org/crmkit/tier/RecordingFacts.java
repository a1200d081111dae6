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

/**
 * Records one fact of a member's metric (a purchase, a refund, a growth grant) once per key: the
 * fact, the re-run of the last assessment it predates, and the upgrade it earns, in one unit of work.
 */
final class RecordingFacts {

    /** A fact about to be recorded, and the growth earning rules' explanation of it. */
    record Rated(MetricFact fact, List<Contribution> growth) {}

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
            BiFunction<TierLadder, MemberWork, Rated> rate) {
        return record(tenantId, customerId, programmeId, key, orderId, now, ladder -> List.of(), rate);
    }

    /**
     * {@link #record}, locking the tenant's {@code counters} (given the ladder) with the membership
     * where the store can: the counters the rating will lock, so they need no round trips of their own.
     */
    TierStatus record(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, String key, String orderId, Instant now,
            Function<TierLadder, List<String>> counters, BiFunction<TierLadder, MemberWork, Rated> rate) {
        return UnitOfWork.retrying(ctx.transactions, () -> {
            TierLadder ladder = ctx.ladderOf(tenantId, programmeId);
            MemberWork work = ctx.join(ladder, tenantId, customerId, programmeId, now, key, counters.apply(ladder));
            // under the member's lock, so a concurrent delivery of the same key waits here and then sees the first
            Optional<MetricFact> earlier = work.facts().stream().filter(f -> f.key().equals(key)).findFirst();
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

    private static IdempotencyKeyReusedException keyReused(String key, MetricFact first) {
        return new IdempotencyKeyReusedException(key, "tier fact (customer " + first.customerId().value() + ", programme "
                + first.programmeId().value() + (first.orderId() == null ? "" : ", order " + first.orderId()) + ")");
    }
}
