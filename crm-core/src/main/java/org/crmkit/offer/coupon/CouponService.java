package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.offer.Cart;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.segment.SegmentService;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.ConflictException;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * The coupon part of the offer context (优惠券): templates, issuing (to one customer, by code, to a
 * segment), evaluation against a cart, the checkout lock (commit or release), refunds, expiry and
 * a report. Every method that writes runs in one unit of work and joins the caller's, so a checkout
 * can lock coupons and hold points atomically. Times are the injected clock's; windows are in the
 * tenant's zone. Thread-safe.
 *
 * <p>A template may name {@link CouponRule}s: after the built-in checks pass, each must allow the
 * coupon, or it is rejected with the reason {@link RejectionReason#RULE} and the rule's explanation.
 *
 * <h2>Order of application</h2>
 *
 * {@link #evaluate} first picks the coupons that may combine, in the order the caller lists them:
 * a coupon is accepted if it is the customer's, unused, inside its window, in the cart's currency,
 * open to the customer's tier, covers at least one line, its lines reach its threshold (at the
 * cart's prices, before any coupon), and it stacks with the coupons accepted before it: a coupon of
 * the {@link StackingGroup#EXCLUSIVE} group stands alone (refused after any other, and every coupon
 * after it is refused), at most one coupon per named group, at most one free-shipping coupon. The
 * accepted coupons then apply in this order, each on what the ones before it left of its lines:
 * <ol>
 *   <li>product- or category-scoped amount-off coupons, then scoped percent-off coupons;
 *   <li>order-wide amount-off coupons, then order-wide percent-off coupons;
 *   <li>free shipping, last (it takes the shipping fee, not the lines).
 * </ol>
 * Ties keep the caller's order. An amount-off coupon takes its amount, at most what is left of its
 * lines; a percent-off coupon takes its percentage of what is left of its lines, rounded half-up to
 * the currency's fraction digits, at most its cap; each discount is spread over its lines in
 * proportion to what is left of each, so no line goes below zero and the total discount never
 * exceeds the cart.
 *
 * @since 0.2
 */
public final class CouponService {

    private final CouponWork work;
    private final DefiningTemplates templates;
    private final IssuingCoupons issuing;
    private final CheckingOut checkout;
    private final RewardingPurchases rewarding;

    /**
     * Wires the service to its ports; {@code Crm.builder()} does this for you.
     *
     * @param rules the coupon rules templates may name, in precedence order (the first of a name wins)
     */
    public CouponService(Coupons coupons, CustomerRepository customers, SegmentService segments, TransactionRunner transactions,
            EventPublisher events, CommandValidator validator, Clock clock, IdGenerator ids, ZoneId zone, List<CouponRule> rules) {
        this.work = new CouponWork(coupons, customers, segments, transactions, events, validator, clock, ids, zone, rules);
        this.templates = new DefiningTemplates(work);
        this.issuing = new IssuingCoupons(work);
        this.checkout = new CheckingOut(work);
        this.rewarding = new RewardingPurchases(work, issuing);
    }

    /**
     * Stores or replaces a tenant's template; defining the same template again changes nothing.
     * Coupons issued before keep their window and discount; the stock issued so far still counts.
     *
     * @throws ValidationException if a field is missing or out of range, an amount is in another
     *     currency than the threshold, or the kind's fields do not match the kind
     */
    public void defineTemplate(CouponTemplate template) {
        ServiceCalls.run(() -> templates.define(template));
    }

    /** The tenant's template, if defined. */
    public Optional<CouponTemplate> template(TenantId tenantId, String templateId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.coupons.template(tenantId, templateId)));
    }

    /**
     * Issues one coupon to one customer. Replaying the key returns the first coupon.
     *
     * @throws NotFoundException for an unknown template or customer in the tenant
     * @throws CouponUnavailableException if the stock is gone, the customer reached the limit, or
     *     the template's fixed window has ended
     * @throws IdempotencyKeyReusedException if the key issued another template or to another customer
     */
    public Coupon issue(IssueCoupon command) {
        return ServiceCalls.call(() -> issuing.issue(command));
    }

    /**
     * Creates claim codes of a template.
     *
     * @throws NotFoundException for an unknown template
     * @throws ConflictException if a code exists with another template or limit
     */
    public void defineCodes(DefineCouponCodes command) {
        ServiceCalls.run(() -> templates.defineCodes(command));
    }

    /**
     * Issues a coupon to a customer who claims a code; claiming the same code again returns the
     * same coupon.
     *
     * @throws NotFoundException for an unknown code or customer
     * @throws CouponUnavailableException if the code was claimed as often as allowed, or the
     *     template's stock or per-customer limit is reached
     */
    public Coupon claim(ClaimCode command) {
        return ServiceCalls.call(() -> issuing.claim(command));
    }

    /**
     * Issues one coupon to every member of a segment (one shard of it), in pages of 500 customers,
     * each page one unit of work with one batch insert. Members who reached the per-customer limit,
     * or came after the stock ran out, are counted and skipped.
     *
     * @throws NotFoundException for an unknown template
     * @throws CouponUnavailableException if the template's fixed window has ended
     */
    public SegmentIssue issueToSegment(IssueToSegment command) {
        return ServiceCalls.call(() -> issuing.toSegment(command));
    }

    /**
     * Issues to a segment; see {@link #issueToSegment(IssueToSegment)}.
     *
     * @param issueKey names this issue: a re-run or an overlapping shard issues nobody twice
     */
    public SegmentIssue issueToSegment(TenantId tenantId, String templateId, org.crmkit.segment.Segment segment, String issueKey, int shard,
            int shards) {
        return ServiceCalls.call(() -> issuing.toSegment(new IssueToSegment(tenantId, templateId, segment, issueKey, shard, shards)));
    }

    /**
     * Stores or replaces a purchase reward (购物返券); defining the same rule again changes nothing.
     * It applies to purchases recorded from then on; coupons given before stay.
     *
     * @throws ValidationException if a field is missing or out of range, the last day is before the
     *     first, or the threshold is not in the template's currency
     * @throws NotFoundException for an unknown template in the tenant
     */
    public void defineReward(PurchaseReward reward) {
        ServiceCalls.run(() -> rewarding.define(reward));
    }

    /** The tenant's purchase rewards, active or not, by reward id. */
    public List<PurchaseReward> rewards(TenantId tenantId) {
        return ServiceCalls.call(() -> rewarding.rewards(tenantId));
    }

    /**
     * Gives the customer the coupons the tenant's active purchase rewards earn for a paid order
     * (see {@link PurchaseReward} for what counts and how many). {@code crm.commerce().recordPurchase}
     * calls this in the purchase's unit of work; call it yourself only for purchases recorded another
     * way. An order is rewarded once: if it was given coupons before, those are returned and nothing
     * is issued, even if the rules changed since. A reward whose template has no stock left, has
     * reached the customer's limit or whose window ended gives what it still can and nothing more;
     * the call does not fail for it.
     *
     * @return the coupons given, in reward id then issue order; empty if no rule applies
     * @throws ValidationException for a bad command
     * @throws NotFoundException for an unknown customer, when a rule applies
     */
    public List<Coupon> rewardPurchase(RewardPurchase purchase) {
        return ServiceCalls.call(() -> rewarding.reward(purchase));
    }

    /** The coupons the tenant's purchase rewards (active or not) gave for the order, in reward id then issue order. */
    public List<Coupon> purchaseRewards(TenantId tenantId, String orderId) {
        return ServiceCalls.call(() -> rewarding.rewardsOf(tenantId, orderId));
    }

    /**
     * Takes back the coupons purchase rewards gave for an order that was refunded in full or
     * cancelled: each still available is voided (a {@link CouponVoided} event); one already used, or
     * locked for another order, stays. {@code crm.commerce()} calls this with the refund; a second
     * call changes nothing.
     *
     * @param idempotencyKey the refund's key, carried by the events
     * @return the coupons voided by this call
     */
    public List<CouponId> revokePurchaseRewards(TenantId tenantId, String orderId, String idempotencyKey) {
        return ServiceCalls.call(() -> rewarding.revoke(tenantId, orderId, idempotencyKey));
    }

    /**
     * What the coupons would do to the cart now, without writing anything: those that apply, in
     * their order of application (see the class description), and those that do not, with why.
     *
     * @param cart the cart at the prices coupons apply to (the quote passes member prices)
     * @param tierCode the customer's tier, or null
     * @throws ValidationException if the cart is invalid (mixed currencies, negative or absurd amounts)
     */
    public CouponEvaluation evaluate(TenantId tenantId, CustomerId customerId, Cart cart, @Nullable String tierCode, List<CouponId> coupons) {
        return ServiceCalls.call(() -> checkout.evaluate(new EvaluateCoupons(tenantId, customerId, cart, tierCode, coupons)));
    }

    /** What the coupons would do to the cart now; see {@link #evaluate(TenantId, CustomerId, Cart, String, List)}. */
    public CouponEvaluation evaluate(EvaluateCoupons command) {
        return ServiceCalls.call(() -> checkout.evaluate(command));
    }

    /**
     * Locks the coupons for an order: all of them, or none if any does not apply. A coupon whose
     * lock for another order timed out is taken over (that lock is released). Replaying the key
     * returns the first lock.
     *
     * @throws CouponsNotApplicableException naming each coupon that does not apply and why
     * @throws ConflictException if the order already has a lock open or committed
     * @throws IdempotencyKeyReusedException if the key locked a different request
     * @throws NotFoundException for an unknown customer
     */
    public CouponLock lock(LockCoupons command) {
        return ServiceCalls.call(() -> checkout.lock(command));
    }

    /**
     * Uses the coupons locked for a paid order; a committed lock is returned unchanged.
     *
     * @throws NotFoundException if the order has no lock in the tenant
     * @throws CouponLockNotOpenException if the lock was released, refunded or timed out
     */
    public CouponLock commit(CommitCoupons command) {
        return ServiceCalls.call(() -> checkout.commit(command));
    }

    /**
     * Gives back the coupons locked for a cancelled order; a released lock is returned unchanged.
     *
     * @throws NotFoundException if the order has no lock in the tenant
     * @throws CouponLockNotOpenException if the coupons were committed
     */
    public CouponLock release(ReleaseCoupons command) {
        return ServiceCalls.call(() -> checkout.release(command));
    }

    /** The order's lock; one that timed out is released as it is read. */
    public Optional<CouponLock> lockOf(TenantId tenantId, String orderReference) {
        return ServiceCalls.call(() -> checkout.lockOf(tenantId, orderReference));
    }

    /**
     * Returns or voids, by each template's {@link RefundPolicy}, the coupons a refunded or cancelled
     * order used; an open lock is released. Idempotent: a second call changes nothing and reports
     * the same coupons. An order without coupons gives an empty result.
     *
     * @throws ValidationException for a blank order reference or a malformed key
     */
    public CouponRefund returnForRefund(TenantId tenantId, String orderReference, String idempotencyKey) {
        return ServiceCalls.call(() -> checkout.returnForRefund(tenantId, orderReference, idempotencyKey));
    }

    /**
     * Settles shard {@code shard} of {@code shards} of every tenant: releases locks that timed out
     * and expires coupons whose window ended unused (each with its events). Idempotent; run it
     * from several instances with different shards to share the work.
     *
     * @return how many locks were released and coupons expired
     */
    public int settleDue(int shard, int shards) {
        return ServiceCalls.call(() -> checkout.settleDue(null, shard, shards));
    }

    /**
     * Settles, as {@link #settleDue(int, int)} does, the timed-out locks and ended coupons of one
     * tenant only: every page it reads names the tenant, so on a store distributed by tenant
     * (Citus) it reads the one node holding that tenant. Hosts that split jobs by tenant ({@link
     * org.crmkit.shared.TenantSharding}) call it with shard 0 of 1 for each tenant of their job shard.
     *
     * @return how many of the tenant's locks were released and coupons expired
     * @throws IllegalArgumentException unless {@code shards >= 1} and {@code 0 <= shard < shards}
     * @since 0.2
     */
    public int settleDue(TenantId tenantId, int shard, int shards) {
        return ServiceCalls.call(() -> checkout.settleDue(checkNotNull(tenantId, "tenantId"), shard, shards));
    }

    /** The customer's coupons, newest first. */
    public List<Coupon> couponsOf(TenantId tenantId, CustomerId customerId) {
        return ServiceCalls.call(() -> work.transactions.inTransaction(() -> work.coupons.of(tenantId, customerId)));
    }

    /**
     * Per template with coupons, by template id: issued, used, expired (as settled by {@link
     * #settleDue}), voided, and the cost (the sum of the used coupons' discounts).
     */
    public List<CouponReport> report(TenantId tenantId) {
        return ServiceCalls.call(() -> {
            return work.transactions.inTransaction(() -> {
                Map<String, long[]> counts = new TreeMap<>();
                Map<String, BigDecimal> costs = new TreeMap<>();
                for (CouponTally t : work.coupons.tally(tenantId)) {
                    long[] c = counts.computeIfAbsent(t.templateId(), k -> new long[4]);
                    c[0] += t.count();
                    switch (t.status()) {
                        case USED -> {
                            c[1] += t.count();
                            costs.merge(t.templateId(), t.discounts(), BigDecimal::add);
                        }
                        case EXPIRED -> c[2] += t.count();
                        case VOIDED -> c[3] += t.count();
                        default -> { }
                    }
                }
                List<CouponReport> report = new ArrayList<>();
                counts.forEach((id, c) -> {
                    java.util.Currency currency = work.coupons.template(tenantId, id).map(CouponTemplate::currency).orElseThrow();
                    Money cost = Money.of(costs.getOrDefault(id, BigDecimal.ZERO), currency, java.math.RoundingMode.UNNECESSARY);
                    report.add(new CouponReport(id, c[0], c[1], c[2], c[3], cost));
                });
                return report;
            });
        });
    }
}
