package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Limits;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** Reads ladders, a member's tier now and on a date, their history and outlook, each in one unit of work. */
final class TierQueries {

    private final TierContext ctx;

    TierQueries(TierContext ctx) {
        this.ctx = ctx;
    }

    Optional<TierLadder> ladder(TenantId tenantId, ProgrammeId programmeId) {
        return ctx.transactions.inTransaction(() -> ctx.cachedLadder(tenantId, programmeId)).map(ctx::resolve);
    }

    TierStatus status(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = ctx.now();
        return ctx.transactions.inTransaction(() -> {
            TierLadder ladder = ctx.ladderOf(tenantId, programmeId);
            ctx.requireCustomer(tenantId, customerId);
            return ctx.memberships.find(tenantId, customerId, programmeId)
                    .map(m -> StatusView.of(new MemberWork(ladder, ctx.memberships, ctx.events, ctx.ids, m, null), now, List.of()))
                    .orElseGet(() -> new TierStatus(ladder.lowest(), ladder.lowest().code(), 0, now, null, null, null, "not a member yet",
                            List.of()));
        });
    }

    Optional<String> tierOn(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, LocalDate date) {
        Limits.checkDate("tierOn", "date", checkNotNull(date, "date"));
        return ctx.transactions.inTransaction(() -> {
            LadderDefinition ladder = ctx.definitionOf(tenantId, programmeId);
            ctx.requireCustomer(tenantId, customerId);
            Instant end = date.plusDays(1).atStartOfDay(ladder.zone()).toInstant();
            String tier = null;
            for (TierChange change : ctx.memberships.history(tenantId, customerId, programmeId)) {
                if (change.at().isBefore(end)) {
                    tier = change.to();
                }
            }
            return Optional.ofNullable(tier);
        });
    }

    List<TierChange> history(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ctx.transactions.inTransaction(() -> {
            ctx.definitionOf(tenantId, programmeId);
            ctx.requireCustomer(tenantId, customerId);
            return ctx.memberships.history(tenantId, customerId, programmeId);
        });
    }

    Map<CustomerId, Tier> currentTiers(TenantId tenantId, Collection<CustomerId> customerIds, ProgrammeId programmeId) {
        Instant now = ctx.now();
        return ctx.transactions.inTransaction(() -> ctx.cachedLadderOrAbsence(tenantId, programmeId).map(ladder -> {
            Map<CustomerId, Tier> tiers = new HashMap<>();
            for (Membership m : ctx.memberships.findAll(tenantId, programmeId, customerIds)) {
                String code = m.effectiveTier(now);
                ladder.tiers().stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(t -> tiers.put(m.customerId(), t));
            }
            return tiers;
        }).orElse(Map.of()));
    }

    Optional<Tier> currentTier(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        Instant now = ctx.now();
        return ctx.transactions.inTransaction(() -> ctx.cachedLadderOrAbsence(tenantId, programmeId).flatMap(ladder ->
                ctx.memberships.find(tenantId, customerId, programmeId).map(m -> m.effectiveTier(now)).flatMap(code -> ladder.tiers()
                        .stream().filter(t -> t.code().equals(code)).findFirst())));
    }
}
