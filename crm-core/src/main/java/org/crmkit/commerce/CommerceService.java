package org.crmkit.commerce;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.crmkit.customer.LifecycleAutomation;
import org.crmkit.customer.LifecycleStage;
import org.crmkit.earning.OrderLine;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.PurchaseOrder;
import org.crmkit.loyalty.RefundOrder;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.coupon.RewardPurchase;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.tier.RecordTierPurchase;
import org.crmkit.tier.RecordTierRefund;
import org.crmkit.tier.TierService;
import org.crmkit.tier.TierStatus;
import org.crmkit.value.ValueService;
import org.crmkit.value.history.CancelOrder;
import org.crmkit.value.history.Purchase;
import org.crmkit.value.history.PurchaseEntry;
import org.crmkit.value.history.RecordPurchase;
import org.crmkit.value.history.RecordRefund;
import org.crmkit.value.history.RefundEntry;

/**
 * The one door for commerce facts: the call a platform makes when a customer pays, gets money
 * back, or cancels an order. Each fact is applied to every context in one unit of work, so either
 * all of it happens or none:
 *
 * <ol>
 *   <li>the purchase history and the customer's totals ({@code crm.value()});
 *   <li>points by the programme's earning rules, pending for its pending period ({@code
 *       crm.loyalty()}), when the purchase names a defined programme;
 *   <li>growth value and an upgrade it earns ({@code crm.tiers()}), when that programme has a tier
 *       ladder;
 *   <li>the lifecycle stage, as the lifecycle policy decides (a first purchase makes a customer,
 *       repeat buying a loyal one, buying after churning wins them back);
 *   <li>the customer's timeline, one line per change;
 *   <li>the coupons the tenant's purchase rewards (购物返券) give for the order ({@code
 *       crm.coupons().rewardPurchase}); a refund that leaves nothing of the order paid, or a
 *       cancellation, voids those still unused;
 *   <li>on a refund that leaves nothing of the order paid, or a cancellation, the coupons the order
 *       used (locked at checkout with the order id as order reference) are returned or voided by
 *       their templates' refund policy ({@code crm.coupons().returnForRefund}); a partial refund
 *       leaves them used.
 * </ol>
 *
 * <p><b>Which tier's multiplier applies:</b> points are earned before the order's growth value is
 * added, so a tier's points multiplier applies to the orders made while the customer held it, and
 * the order that lifts a customer to gold earns at silver's rate (as JD and most programmes do).
 *
 * <p><b>Replays:</b> every part is idempotent on its own, keyed by the order id ({@code
 * purchase:<order id>} in the ledger and the tier metric) or the refund id ({@code refund:<refund
 * id>}). A fact delivered again, sequentially or concurrently, returns the first result with
 * {@link PurchaseReceipt#replay()} true and changes nothing: no points, growth, budget, counter,
 * total, event or timeline line twice. The per-context calls ({@code value().recordPurchase},
 * {@code loyalty().earnForPurchase}, {@code tiers().recordPurchase}) remain for hosts that use one
 * context alone; they cannot apply an order twice either, since the ledger and the tier metric
 * accept one fact per order id and refuse the same order under another key.
 *
 * <p><b>Validation:</b> each fact is checked once, at the door (Jakarta Validation on the command);
 * the commands the door derives for each context are not checked again, though each context still
 * applies its business rules (currencies, limits, refund amounts).
 *
 * <p><b>Units of work:</b> a call made inside an outer unit of work (or the host's transaction)
 * joins it; otherwise it is its own unit and retries on a lost optimistic race. Thread-safe.
 *
 * @since 0.1
 */
public final class CommerceService {

    private final ValueService value;
    private final LoyaltyService loyalty;
    private final TierService tiers;
    private final LifecycleAutomation lifecycle;
    private final TransactionRunner transactions;
    private final CommandValidator validator;
    private final CouponService coupons;

    /**
     * Wires the door to the contexts; {@code Crm.builder()} does this for you. {@code validator}
     * must be the one the contexts' services check with: the door checks each fact once and lets
     * the services skip checking the parts it derives from it.
     */
    public CommerceService(ValueService value, LoyaltyService loyalty, TierService tiers, LifecycleAutomation lifecycle,
            TransactionRunner transactions, CommandValidator validator, CouponService coupons) {
        this.value = checkNotNull(value, "value");
        this.loyalty = checkNotNull(loyalty, "loyalty");
        this.tiers = checkNotNull(tiers, "tiers");
        this.lifecycle = checkNotNull(lifecycle, "lifecycle");
        this.transactions = checkNotNull(transactions, "transactions");
        this.validator = checkNotNull(validator, "validator");
        this.coupons = checkNotNull(coupons, "coupons");
    }

    /**
     * Records a paid order in every context. Recording the same order again returns the first
     * result with {@link PurchaseReceipt#replay()} true.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command (see {@link RecordPurchase}): a
     *     negative or future payment, items not adding up to what was paid, a currency other than
     *     the customer's earlier purchases or the programme's; nothing is written
     * @throws org.crmkit.shared.NotFoundException for an unknown customer in the tenant
     * @throws ConflictException if the order id was recorded with other details
     * @throws org.crmkit.shared.RuleViolationException if the ledger or the tier metric already
     *     counted this order under another key (through a per-context call)
     */
    public PurchaseReceipt recordPurchase(RecordPurchase command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return retrying(() -> {
                PurchaseEntry entry = value.recordPurchase(command);
                Purchase p = entry.purchase();
                Optional<PointsReceipt> points = hasProgramme(p) ? Optional.of(loyalty.earnForPurchase(new PurchaseOrder(p.tenantId(),
                        p.customerId(), p.programmeId(), purchaseKey(p), p.orderId(), p.paid(), p.purchasedAt(), lines(p)))) : Optional.empty();
                Optional<TierStatus> tier = hasLadder(p) ? Optional.of(tiers.recordPurchase(new RecordTierPurchase(p.tenantId(), p.customerId(),
                        p.programmeId(), purchaseKey(p), p.orderId(), p.paid(), p.purchasedAt(), lines(p)))) : Optional.empty();
                Optional<LifecycleStage> stage = entry.replay() ? Optional.empty()
                        : lifecycle.afterPurchase(p.tenantId(), p.customerId(), entry.orders(), p.purchasedAt(), entry.previousPurchaseAt());
                List<Coupon> rewards = entry.replay() ? coupons.purchaseRewards(p.tenantId(), p.orderId()) : coupons.rewardPurchase(
                        new RewardPurchase(p.tenantId(), p.customerId(), p.orderId(), p.paid(), p.purchasedAt(), lines(p)));
                return new PurchaseReceipt(p, entry.replay(), points, tier, stage, rewards);
            });
        });
    }

    /**
     * Records money returned for a purchase in every context: lowers the customer's net total,
     * reverses the points the refunded part earned and takes its growth value off the tier metric.
     * Replaying a refund id returns the first result and changes nothing.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command; nothing is written
     * @throws org.crmkit.shared.NotFoundException if the order is not this customer's purchase
     * @throws org.crmkit.shared.RuleViolationException if more would be refunded than is left
     * @throws ConflictException if the refund id was used for another order
     */
    public PurchaseReceipt recordRefund(RecordRefund command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return retrying(() -> refunded(value.recordRefund(command), command.refundId()));
        });
    }

    /**
     * Cancels a paid order in every context: refunds everything left unrefunded, so the order
     * keeps no points, growth value or spend. Cancelling again returns the first result.
     *
     * @throws org.crmkit.shared.ValidationException for a bad command; nothing is written
     * @throws org.crmkit.shared.NotFoundException if the order is not this customer's purchase
     * @throws org.crmkit.shared.RuleViolationException if the order was fully refunded already
     */
    public PurchaseReceipt cancelOrder(CancelOrder command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return retrying(() -> refunded(value.cancelOrder(command), command.refundId()));
        });
    }

    private PurchaseReceipt refunded(RefundEntry entry, String refundId) {
        Purchase p = entry.purchase();
        String key = "refund:" + refundId;
        Optional<PointsReceipt> points = hasProgramme(p) ? Optional.of(loyalty.refund(new RefundOrder(p.tenantId(), p.customerId(),
                p.programmeId(), key, p.orderId(), p.paid(), entry.refunded()))) : Optional.empty();
        Optional<TierStatus> tier = hasLadder(p) ? Optional.of(tiers.recordRefund(new RecordTierRefund(p.tenantId(), p.customerId(),
                p.programmeId(), key, p.orderId(), p.paid(), entry.refunded(), p.fullyRefunded(), entry.refundedAt()))) : Optional.empty();
        if (p.fullyRefunded()) {
            coupons.returnForRefund(p.tenantId(), p.orderId(), key);
            coupons.revokePurchaseRewards(p.tenantId(), p.orderId(), key);
        }
        return new PurchaseReceipt(p, entry.replay(), points, tier, Optional.empty());
    }

    /** Whether the purchase names a programme the loyalty context has defined. */
    private boolean hasProgramme(Purchase p) {
        return p.programmeId() != null && loyalty.programme(p.tenantId(), p.programmeId()).isPresent();
    }

    /** Whether the purchase names a programme with a tier ladder. */
    private boolean hasLadder(Purchase p) {
        return p.programmeId() != null && tiers.ladder(p.tenantId(), p.programmeId()).isPresent();
    }

    private static String purchaseKey(Purchase p) {
        return "purchase:" + p.orderId();
    }

    private static List<OrderLine> lines(Purchase p) {
        return p.items().stream().map(i -> new OrderLine(i.sku(), i.category(), i.paid())).toList();
    }

    /**
     * The outermost unit of work retries a lost race; nested in a caller's unit (or the host's
     * transaction), it runs once. The fact was checked; the parts derived from it are not again.
     */
    private <T> T retrying(Supplier<T> work) {
        return validator.trusting(() -> UnitOfWork.retrying(transactions, work));
    }
}
