package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.crmkit.customer.Customer;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.earning.BonusEvent;
import org.crmkit.earning.Contribution;
import org.crmkit.loyalty.spi.EarningRule;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.Shards;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The loyalty context's public API: earn, hold and commit at checkout, redeem, refund, transfer,
 * grant, adjust, expire, and read balances and statements.
 *
 * <p>Every operation that moves points carries an idempotency key, unique per tenant: replaying it
 * with the same request returns the first {@link PointsReceipt} and changes nothing; reusing it for
 * a different request is an {@link IdempotencyKeyReusedException}. Each operation runs in one
 * unit of work that locks the accounts it touches (in a fixed order, so transfers cannot
 * deadlock), settles what fell due (timed-out holds, matured pending points, expired lots), then
 * applies the change, its entries and its events. Thread-safe.
 *
 * @since 0.1
 */
public final class LoyaltyService {

    private final LedgerOperations ops;
    private final EarningPoints earning;
    private final SpendingPoints spending;
    private final CorrectingPoints corrections;
    private final Balances balances;

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you.
     *
     * @param expiryPolicies makes programmes' expiry policies from their stored specs
     */
    public LoyaltyService(
            ProgrammeRepository programmes,
            PointsLedger ledger,
            CustomerRepository customers,
            TierLookup tiers,
            List<EarningRule> earningRules,
            ExpiryPolicies expiryPolicies,
            TransactionRunner transactions,
            EventPublisher events,
            CommandValidator validator,
            Clock clock,
            IdGenerator ids) {
        this.ops = new LedgerOperations(programmes, ledger, customers, tiers, earningRules, expiryPolicies, transactions, events,
                validator, clock, ids);
        this.balances = new Balances(ops);
        this.earning = new EarningPoints(ops);
        this.spending = new SpendingPoints(ops, balances);
        this.corrections = new CorrectingPoints(ops);
    }

    /**
     * Stores or replaces a tenant's programme. This service uses the new programme at once; other
     * application instances within a second (they reuse a programme they read for up to one
     * second, to spare every ledger operation a read).
     *
     * @throws ValidationException if a text in it is NUL or holds an unpaired surrogate (no store
     *     keeps those alike), naming the field, or if no factory this instance knows can make the
     *     programme's expiry policy again from its spec (see {@link
     *     org.crmkit.loyalty.spi.ExpiryPolicyFactory}); nothing is stored
     */
    public void defineProgramme(LoyaltyProgramme programme) {
        ServiceCalls.run(() -> ops.defineProgramme(programme));
    }

    /** The programme, if defined (as read within the last second; see {@link #defineProgramme}). */
    public Optional<LoyaltyProgramme> programme(TenantId tenantId, ProgrammeId id) {
        return ServiceCalls.call(() -> ops.programme(tenantId, id));
    }

    /**
     * Earns points for a paid order by the programme's rules; they stay pending for the
     * programme's pending period. The receipt explains what each rule contributed.
     *
     * @throws ValidationException for a bad order (lines not adding up, wrong currency, paid in the
     *     future, more than 10^12 paid or earned)
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    public PointsReceipt earnForPurchase(PurchaseOrder order) {
        return ServiceCalls.call(() -> earning.earnForPurchase(order));
    }

    /**
     * Credits the programme's fixed bonus for an event.
     *
     * @throws LedgerRuleException if the programme gives no bonus for the event, a birthday bonus
     *     is asked for on another day, or the first-purchase bonus was given before (as an event or
     *     with a purchase)
     */
    public PointsReceipt earnBonus(EarnBonus command) {
        return ServiceCalls.call(() -> earning.earnBonus(command));
    }

    /** Credits goodwill or compensation points, available at once. */
    public PointsReceipt grant(GrantPoints command) {
        return ServiceCalls.call(() -> earning.grant(command));
    }

    /**
     * How many points an order with {@code payable} left to pay may use, by the programme's
     * redemption limits and the customer's available points.
     */
    public RedemptionQuote quote(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, Money payable) {
        return ServiceCalls.call(() -> spending.quote(tenantId, customerId, programmeId, payable));
    }

    /**
     * Reserves points for an order at checkout.
     *
     * @throws ValidationException if the time to live is not positive, or the payable amount is
     *     negative or not in the programme's currency
     * @throws InsufficientPointsException if fewer points are available
     * @throws LedgerRuleException if the points break the programme's redemption limits
     */
    public PointsReceipt hold(HoldPoints command) {
        return ServiceCalls.call(() -> spending.hold(command));
    }

    /**
     * Redeems an open hold: the order was paid.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    public PointsReceipt commit(CommitHold command) {
        return ServiceCalls.call(() -> spending.commit(command));
    }

    /**
     * Releases an open hold: the order was cancelled.
     *
     * @throws NotFoundException if the hold is not in the tenant
     * @throws HoldNotOpenException if it was committed, released or timed out
     */
    public PointsReceipt release(ReleaseHold command) {
        return ServiceCalls.call(() -> spending.release(command));
    }

    /**
     * Spends points on a reward.
     *
     * @throws InsufficientPointsException if fewer points are available
     */
    public PointsReceipt redeem(RedeemPoints command) {
        return ServiceCalls.call(() -> spending.redeem(command));
    }

    /**
     * Claws back the points of a refunded order; see {@link RefundOrder}.
     *
     * @throws ValidationException if the amounts are not positive, in the programme's currency, at
     *     most 10^12, refunded at most the total
     * @throws LedgerRuleException if this order's refunds together would exceed its total
     */
    public PointsReceipt refund(RefundOrder command) {
        return ServiceCalls.call(() -> corrections.refund(command));
    }

    /**
     * Gives points to another member of the tenant.
     *
     * @throws ValidationException if giver and receiver are the same
     * @throws InsufficientPointsException if the giver has fewer points available
     */
    public PointsReceipt transfer(TransferPoints command) {
        return ServiceCalls.call(() -> corrections.transfer(command));
    }

    /**
     * Adds or removes points by hand, with a reason and an actor.
     *
     * @throws ValidationException if the delta is zero
     * @throws InsufficientPointsException if removing more than is available
     */
    public PointsReceipt adjust(AdjustPoints command) {
        return ServiceCalls.call(() -> corrections.adjust(command));
    }

    /**
     * The account's balance, settled to the clock's now. Costs one row read when nothing fell due
     * since the last change, whatever the history's length.
     *
     * @throws NotFoundException for an unknown customer or programme in the tenant
     */
    public BalanceView balance(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId) {
        return ServiceCalls.call(() -> balances.balance(tenantId, customerId, programmeId));
    }

    /** The account's entries, newest first, one page at a time. */
    public Page<LedgerEntry> statement(TenantId tenantId, CustomerId customerId, ProgrammeId programmeId, PageRequest request) {
        return ServiceCalls.call(() -> balances.statement(tenantId, customerId, programmeId, request));
    }

    /**
     * Settles every account of shard {@code shard} of {@code shards} with something due: expires
     * lots, makes matured pending points available, releases timed-out holds. Idempotent; run it
     * from several instances with different shards to share the work.
     *
     * @return how many accounts were settled
     */
    public int settleDue(int shard, int shards) {
        return ServiceCalls.call(() -> balances.settleDue(null, shard, shards));
    }

    /**
     * Settles, as {@link #settleDue(int, int)} does, the due accounts of one tenant only: every page
     * it reads names the tenant, so on a store distributed by tenant (Citus) it reads the one node
     * holding that tenant. Hosts that split jobs by tenant ({@link org.crmkit.shared.TenantSharding})
     * call it with shard 0 of 1 for each tenant of their job shard.
     *
     * @return how many of the tenant's accounts were settled
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public int settleDue(TenantId tenantId, int shard, int shards) {
        return ServiceCalls.call(() -> balances.settleDue(checkNotNull(tenantId, "tenantId"), shard, shards));
    }

}
