package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.jspecify.annotations.Nullable;

/**
 * What the tier context's use cases share: the ports, the clock, the plug-ins a ladder names, the
 * ladders read through a short-lived cache, and loading a member within their tenant.
 */
final class TierContext {

    final Memberships memberships;
    final TransactionRunner transactions;
    final EventPublisher events;
    final IdGenerator ids;
    final CommandValidator validator;
    final QualifyingMetrics metrics;
    final TierPolicies policies;
    private final CustomerRepository customers;
    private final Clock clock;
    private final ShortLivedCache<LadderKey, LadderDefinition> ladders = new ShortLivedCache<>();

    /** A ladder's key in the cache. */
    private record LadderKey(TenantId tenantId, ProgrammeId programmeId) {}

    TierContext(Memberships memberships, CustomerRepository customers, TransactionRunner transactions, EventPublisher events,
            CommandValidator validator, Clock clock, IdGenerator ids, QualifyingMetrics metrics, TierPolicies policies) {
        this.memberships = memberships;
        this.customers = customers;
        this.transactions = transactions;
        this.events = events;
        this.validator = validator;
        this.clock = clock;
        this.ids = ids;
        this.metrics = metrics;
        this.policies = policies;
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    TierLadder ladderOf(TenantId tenantId, ProgrammeId programmeId) {
        return resolve(definitionOf(tenantId, programmeId));
    }

    LadderDefinition definitionOf(TenantId tenantId, ProgrammeId programmeId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(programmeId, "programmeId");
        return cachedLadder(tenantId, programmeId).orElseThrow(() -> new NotFoundException("tier ladder", tenantId, programmeId.value()));
    }

    /** The ladder's definition, reused for up to a second (see {@link TierService#defineLadder}). */
    Optional<LadderDefinition> cachedLadder(TenantId tenantId, ProgrammeId programmeId) {
        return ladders.get(new LadderKey(tenantId, programmeId), () -> memberships.ladder(tenantId, programmeId));
    }

    /**
     * The ladder's definition for reading a member's tier on a hot path (every earn asks): a
     * programme without a ladder is remembered as such for up to a second too.
     */
    Optional<LadderDefinition> cachedLadderOrAbsence(TenantId tenantId, ProgrammeId programmeId) {
        return ladders.getRememberingAbsence(new LadderKey(tenantId, programmeId), () -> memberships.ladder(tenantId, programmeId));
    }

    /** Drops the cached ladder, so that this instance reads a redefined one at once. */
    void forgetLadder(TenantId tenantId, ProgrammeId programmeId) {
        ladders.forget(new LadderKey(tenantId, programmeId));
    }

    TierLadder resolve(LadderDefinition d) {
        try {
            return new TierLadder(d.tenantId(), d.programmeId(), d.tiers(), metrics.parse(d.metric()), policies.parse(d.policy()),
                    d.growthEarning(), d.zone());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("cannot load the tier ladder of programme " + d.programmeId() + " of tenant " + d.tenantId()
                    + ": " + e.getMessage(), e);
        }
    }

    void requireCustomer(TenantId tenantId, CustomerId customerId) {
        checkNotNull(customerId, "customerId");
        customers.requireExists(tenantId, customerId);
    }

    /** The member's work, their membership locked; joins them at the lowest tier first if needed. */
    MemberWork join(TierLadder ladder, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Instant now) {
        return join(ladder, tenantId, customerId, programmeId, now, null, List.of(), null, null);
    }

    /**
     * {@link #join}, learning with the lock whether the tenant has a fact under {@code factKey} (if
     * given, see {@link MemberWork#factKeyFree}) and locking the tenant's {@code counters} with the
     * membership where the store can (their values reach the work's rating through {@link
     * MemberWork#lockCounter}); the store may sum the member's facts dated at or before {@code
     * sumUntil} (if given) and say whether {@code orderId} counts among them ({@link
     * MemberWork#countsOrder}).
     */
    MemberWork join(TierLadder ladder, TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Instant now,
            @Nullable String factKey, List<String> counters, @Nullable Instant sumUntil, @Nullable String orderId) {
        Optional<LockedMembership> locked = memberships.lockWithFacts(tenantId, customerId, programmeId, factKey, counters, sumUntil,
                orderId);
        if (locked.isPresent()) {
            return new MemberWork(ladder, memberships, events, ids, locked.get(), orderId);
        }
        requireCustomer(tenantId, customerId);
        Membership joined = new Membership(tenantId, customerId, programmeId, ladder.lowest().code(), now, now,
                now.atZone(ladder.zone()).toLocalDate(), null, null, 0);
        memberships.insert(joined);
        MemberWork work = new MemberWork(ladder, memberships, events, ids, joined, List.of());
        work.joined();
        return work;
    }
}
