package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crmkit.customer.spi.LifecycleMove;
import org.crmkit.customer.spi.LifecyclePolicy;
import org.crmkit.customer.spi.PurchaseSignal;
import org.crmkit.customer.spi.ScoringSignal;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.jspecify.annotations.Nullable;

/**
 * Moves customers' lifecycle stages as their {@link LifecyclePolicy} decides, when a purchase is
 * recorded ({@code crm.commerce()}) and when a scoring run estimates P(alive) ({@code
 * crm.value().score}). Each step along the legal transitions is stored and published as a {@link
 * LifecycleStageChanged} with the policy's reason. Erased customers are left alone.
 *
 * <p>The other contexts call it inside their own unit of work, which it joins; a host has no need
 * to call it. Thread-safe.
 *
 * @since 0.1
 */
public final class LifecycleAutomation {

    private final CustomerRepository customers;
    private final LifecyclePolicy policy;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final Clock clock;
    private final IdGenerator ids;

    /** Wires the automation; {@code Crm.builder()} does this for you. */
    public LifecycleAutomation(CustomerRepository customers, LifecyclePolicy policy, TransactionRunner transactions, EventPublisher events,
            Clock clock, IdGenerator ids) {
        this.customers = checkNotNull(customers, "customers");
        this.policy = checkNotNull(policy, "policy");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.clock = checkNotNull(clock, "clock");
        this.ids = checkNotNull(ids, "ids");
    }

    /**
     * Applies the policy's move after a newly recorded purchase.
     *
     * @param orders the customer's orders so far, this one included
     * @param previousPurchaseAt the customer's latest purchase before this one, or null
     * @return the stage reached, if the customer moved
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Optional<LifecycleStage> afterPurchase(TenantId tenantId, CustomerId customerId, long orders, Instant purchasedAt,
            @Nullable Instant previousPurchaseAt) {
        return apply(tenantId, customerId, stage -> policy.afterPurchase(new PurchaseSignal(stage, orders, purchasedAt, previousPurchaseAt)));
    }

    /**
     * Applies the policy's move after a scoring run scored the customer.
     *
     * @return the stage reached, if the customer moved
     * @throws NotFoundException if the customer is not in the tenant
     */
    public Optional<LifecycleStage> afterScoring(TenantId tenantId, CustomerId customerId, Instant lastPurchaseAt, Instant asOf,
            OptionalDouble pAlive) {
        return apply(tenantId, customerId, stage -> policy.afterScoring(new ScoringSignal(stage, lastPurchaseAt, asOf, pAlive)));
    }

    /**
     * {@link #afterScoring(TenantId, CustomerId, Instant, Instant, OptionalDouble)} for customers of
     * one tenant scored together: one read of their stages, the policy's decision for each, and one
     * write of the moves, instead of reads and writes per customer.
     *
     * @throws NotFoundException if a customer is not in the tenant
     */
    public void afterScoring(TenantId tenantId, List<ScoredCustomer> scored, Instant asOf) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(scored, "scored");
        checkNotNull(asOf, "asOf");
        if (scored.isEmpty()) {
            return;
        }
        transactions.run(() -> {
            Map<CustomerId, LifecycleState> states = customers.lifecycleStates(tenantId, scored.stream().map(ScoredCustomer::customerId).toList());
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<StageMove> moves = new ArrayList<>();
            List<LifecycleStageChanged> changes = new ArrayList<>();
            for (ScoredCustomer s : scored) {
                LifecycleState state = states.get(s.customerId());
                if (state == null) {
                    throw new NotFoundException("customer", tenantId, s.customerId().value());
                }
                Optional<LifecycleMove> move = policy.afterScoring(new ScoringSignal(state.stage(), s.lastPurchaseAt(), asOf, s.pAlive()));
                if (move.isEmpty() || move.get().target() == state.stage() || state.erased()) {
                    continue;
                }
                List<LifecycleStage> path = path(state.stage(), move.get().target());
                if (path.isEmpty()) {
                    continue;
                }
                moves.add(new StageMove(s.customerId(), path.get(path.size() - 1), state.version(), now));
                LifecycleStage from = state.stage();
                for (LifecycleStage step : path) {
                    changes.add(new LifecycleStageChanged(ids.next(), now, tenantId, s.customerId(), from, step, move.get().reason()));
                    from = step;
                }
            }
            if (!moves.isEmpty()) {
                customers.moveStages(tenantId, moves);
                changes.forEach(events::publish);
            }
        });
    }

    private Optional<LifecycleStage> apply(TenantId tenantId, CustomerId customerId,
            java.util.function.Function<LifecycleStage, Optional<LifecycleMove>> decide) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        return transactions.inTransaction(() -> {
            // one row read in the common case, where the policy moves no one
            LifecycleStage current = customers.stage(tenantId, customerId)
                    .orElseThrow(() -> new NotFoundException("customer", tenantId, customerId.value()));
            Optional<LifecycleMove> move = decide.apply(current);
            if (move.isEmpty() || move.get().target() == current) {
                return Optional.empty();
            }
            Customer customer = customers.find(tenantId, customerId).orElseThrow();
            if (customer.isErased() || customer.stage() != current) {
                return Optional.empty(); // erased; or moved since the look-up, which a retry of the unit of work would see
            }
            List<LifecycleStage> path = path(customer.stage(), move.get().target());
            if (path.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            LifecycleStage from = customer.stage();
            Customer moved = customer.withStage(path.get(path.size() - 1)).nextVersion(now);
            customers.update(moved);
            for (LifecycleStage step : path) {
                events.publish(new LifecycleStageChanged(ids.next(), now, tenantId, customerId, from, step, move.get().reason()));
                from = step;
            }
            return Optional.of(moved.stage());
        });
    }

    /** The shortest chain of legal moves from {@code from} to {@code to}, without {@code from}; empty if there is none. */
    static List<LifecycleStage> path(LifecycleStage from, LifecycleStage to) {
        Map<LifecycleStage, LifecycleStage> cameFrom = new EnumMap<>(LifecycleStage.class);
        Deque<LifecycleStage> queue = new ArrayDeque<>(List.of(from));
        cameFrom.put(from, from);
        while (!queue.isEmpty()) {
            LifecycleStage at = queue.poll();
            if (at == to) {
                List<LifecycleStage> path = new ArrayList<>();
                for (LifecycleStage s = to; s != from; s = cameFrom.get(s)) {
                    path.add(0, s);
                }
                return path;
            }
            for (LifecycleStage next : at.next()) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return List.of();
    }
}
