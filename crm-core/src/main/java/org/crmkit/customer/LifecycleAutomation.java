package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.BiFunction;
import java.util.function.Function;
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
     * @since 0.2
     */
    public void afterScoring(TenantId tenantId, List<ScoredCustomer> scored, Instant asOf) {
        checkNotNull(scored, "scored");
        checkNotNull(asOf, "asOf");
        apply(tenantId, scored.stream().map(ScoredCustomer::customerId).toList(),
                (i, stage) -> policy.afterScoring(new ScoringSignal(stage, scored.get(i).lastPurchaseAt(), asOf, scored.get(i).pAlive())));
    }

    private Optional<LifecycleStage> apply(TenantId tenantId, CustomerId customerId, Function<LifecycleStage, Optional<LifecycleMove>> decide) {
        checkNotNull(customerId, "customerId");
        return Optional.ofNullable(apply(tenantId, List.of(customerId), (i, stage) -> decide.apply(stage)).get(customerId));
    }

    /**
     * Decides each customer's move from their stored stage and stores the moves: one read of the
     * customers' stages, one write of the changed ones (the stage alone, checked against the version
     * read), each step published with the policy's reason. Erased customers are left alone.
     *
     * @param decide the policy's move for the customer at an index of {@code customerIds}, from their stage
     * @return the stage each moved customer reached
     */
    private Map<CustomerId, LifecycleStage> apply(TenantId tenantId, List<CustomerId> customerIds,
            BiFunction<Integer, LifecycleStage, Optional<LifecycleMove>> decide) {
        checkNotNull(tenantId, "tenantId");
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        return transactions.inTransaction(() -> {
            Map<CustomerId, LifecycleState> states = customers.lifecycleStates(tenantId, customerIds);
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            List<StageMove> moves = new ArrayList<>();
            List<LifecycleStageChanged> changes = new ArrayList<>();
            for (int i = 0; i < customerIds.size(); i++) {
                CustomerId id = customerIds.get(i);
                LifecycleState state = states.get(id);
                if (state == null) {
                    throw new NotFoundException("customer", tenantId, id.value());
                }
                Optional<LifecycleMove> move = decide.apply(i, state.stage());
                if (move.isEmpty() || move.get().target() == state.stage() || state.erased()) {
                    continue;
                }
                List<LifecycleStage> path = path(state.stage(), move.get().target());
                if (path.isEmpty()) {
                    continue;
                }
                moves.add(new StageMove(id, path.get(path.size() - 1), state.version(), now));
                LifecycleStage from = state.stage();
                for (LifecycleStage step : path) {
                    changes.add(new LifecycleStageChanged(ids.next(), now, tenantId, id, from, step, move.get().reason()));
                    from = step;
                }
            }
            if (moves.isEmpty()) {
                return Map.<CustomerId, LifecycleStage>of();
            }
            customers.moveStages(tenantId, moves);
            changes.forEach(events::publish);
            Map<CustomerId, LifecycleStage> reached = new HashMap<>();
            moves.forEach(m -> reached.put(m.customerId(), m.to()));
            return reached;
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
