package org.crmkit.offer;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.crmkit.customer.CustomerRepository;
import org.crmkit.loyalty.CommitHold;
import org.crmkit.loyalty.HoldPoints;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.LoyaltyService;
import org.crmkit.loyalty.PointsReceipt;
import org.crmkit.loyalty.RedemptionLimits;
import org.crmkit.loyalty.RedemptionQuote;
import org.crmkit.loyalty.ReleaseHold;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.CommitCoupons;
import org.crmkit.offer.coupon.CouponEvaluation;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponLock;
import org.crmkit.offer.coupon.CouponService;
import org.crmkit.offer.coupon.LockCoupons;
import org.crmkit.offer.coupon.RejectedCoupon;
import org.crmkit.offer.coupon.ReleaseCoupons;
import org.crmkit.offer.spi.LinePrice;
import org.crmkit.offer.spi.MemberPricing;
import org.crmkit.shared.CommandValidator;
import org.crmkit.shared.EventPublisher;
import org.crmkit.shared.IdGenerator;
import org.crmkit.shared.IdempotencyKeyReusedException;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.NotFoundException;
import org.crmkit.shared.RuleViolationException;
import org.crmkit.shared.ServiceCalls;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TransactionRunner;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;
import org.crmkit.tier.Tier;
import org.crmkit.tier.TierService;
import org.jspecify.annotations.Nullable;

/**
 * The checkout quote: what a basket costs one member, and its reservation for an order.
 *
 * <p>A quote applies the offers in one documented order, each on what the previous left:
 *
 * <ol>
 *   <li><b>member price</b> ({@code MEMBER_PRICE}): each line at the member's price from the {@link
 *       MemberPricing} plug-in (by default the tier's member-price discount);
 *   <li><b>shipping</b> ({@code SHIPPING}): the cart's fee, or nothing when the member's tier gives
 *       free shipping;
 *   <li><b>coupons</b> ({@code COUPON}): the customer's coupons on the lines at member price and the
 *       shipping left, in the coupon context's order of application (see {@link CouponService});
 *   <li><b>points as cash</b> ({@code POINTS}): Suning's 积分抵现, at the programme's cash rate and
 *       within its redemption limits (e.g. at most half of what is left to pay), on what the
 *       coupons left, goods and shipping together.
 * </ol>
 *
 * <p>{@link #hold} reserves the whole quote at once, in one unit of work: the coupons are locked,
 * the points are held and the checkout is stored under its order reference; a coupon that does not
 * apply refuses the whole hold. {@link #commit} spends them when the order is
 * paid; {@link #release} gives them back when it is cancelled; an unpaid hold releases itself at its
 * expiry (its points hold times out with it) and then reads as {@link CheckoutStatus#EXPIRED}. Every
 * call joins the caller's unit of work if there is one; alone, it retries a lost race on fresh data.
 *
 * @since 0.2
 */
public final class CheckoutService {

    /** The longest a checkout may stay held: the coupon context's longest lock. */
    private static final Duration MAX_TTL = Duration.ofDays(7);

    private final Checkouts checkouts;
    private final LoyaltyService loyalty;
    private final TierService tiers;
    private final CouponService coupons;
    private final CustomerRepository customers;
    private final MemberPricing pricing;
    private final TransactionRunner transactions;
    private final EventPublisher events;
    private final CommandValidator validator;
    private final Clock clock;
    private final IdGenerator ids;

    /**
     * Wires the service; {@code Crm.builder()} does this for you.
     *
     * @param pricing the member pricing, e.g. {@link MemberPricing#tierDiscount()}
     */
    public CheckoutService(Checkouts checkouts, LoyaltyService loyalty, TierService tiers, CouponService coupons, CustomerRepository customers,
            MemberPricing pricing, TransactionRunner transactions, EventPublisher events, CommandValidator validator, Clock clock,
            IdGenerator ids) {
        this.checkouts = checkNotNull(checkouts, "checkouts");
        this.loyalty = checkNotNull(loyalty, "loyalty");
        this.tiers = checkNotNull(tiers, "tiers");
        this.coupons = checkNotNull(coupons, "coupons");
        this.customers = checkNotNull(customers, "customers");
        this.pricing = checkNotNull(pricing, "pricing");
        this.transactions = checkNotNull(transactions, "transactions");
        this.events = checkNotNull(events, "events");
        this.validator = checkNotNull(validator, "validator");
        this.clock = checkNotNull(clock, "clock");
        this.ids = checkNotNull(ids, "ids");
    }

    /**
     * What the basket would cost the member now, step by step; nothing is reserved or written.
     *
     * @throws ValidationException if the command is invalid, or the cart is not in the programme's currency
     * @throws NotFoundException if the customer or the programme is not in the tenant
     * @throws RuleViolationException if the points asked for break the programme's limits or exceed the balance
     */
    public CheckoutQuote quote(QuoteCheckout command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return transactions.inTransaction(() -> price(command, programmeOf(command.tenantId(), command), null, clock.instant(), null,
                    (cart, tierCode) -> {
                        CouponEvaluation evaluation = coupons.evaluate(command.tenantId(), command.customerId(), cart, tierCode, command.coupons());
                        return new CouponResult(evaluation.applied(), evaluation.rejected(), evaluation.linesDiscount(),
                                evaluation.shippingDiscount());
                    }));
        });
    }

    /**
     * Quotes the basket and reserves the quote for the order in one unit of work; see {@link
     * HoldCheckout}. Replaying the idempotency key returns the first hold, in its current status.
     *
     * @throws ValidationException if the command is invalid, the cart is not in the programme's
     *     currency, or the time to live is under a second or above 7 days
     * @throws NotFoundException if the customer or the programme is not in the tenant
     * @throws RuleViolationException if the points break the programme's limits or exceed the balance
     * @throws IdempotencyKeyReusedException if the key was used for another request
     * @throws org.crmkit.shared.ConflictException if the order already has a checkout under another key
     */
    public CheckoutQuote hold(HoldCheckout command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            if (command.ttl() != null && (command.ttl().compareTo(Duration.ofSeconds(1)) < 0 || command.ttl().compareTo(MAX_TTL) > 0)) {
                throw new ValidationException("HoldCheckout",
                        List.of(Violation.of("ttl", command.ttl(), "must be from 1 second to " + MAX_TTL.toDays() + " days")));
            }
            String fingerprint = fingerprint(command);
            return UnitOfWork.retrying(transactions, () -> {
                Optional<StoredCheckout> existing = checkouts.find(command.tenantId(), command.orderReference());
                if (existing.isPresent()) {
                    return replayedHold(existing.get(), command, fingerprint);
                }
                Instant now = clock.instant();
                LoyaltyProgramme programme = programmeOf(command.tenantId(), command.quote());
                Duration ttl = command.ttl() != null ? command.ttl() : programme.holdTtl();
                Instant expiresAt = now.plus(ttl);
                CheckoutQuote quote = price(command.quote(), programme, command.orderReference(), now, expiresAt, (cart, tierCode) -> {
                    CouponLock lock = coupons.lock(new LockCoupons(command.tenantId(), command.customerId(), command.idempotencyKey(),
                            command.orderReference(), cart, tierCode, command.coupons(), ttl));
                    return new CouponResult(lock.applied(), List.of(), lock.linesDiscount(), lock.shippingDiscount());
                });
                String holdId = null;
                if (quote.points() > 0) {
                    PointsReceipt held = loyalty.hold(new HoldPoints(command.tenantId(), command.customerId(), command.programmeId(),
                            command.idempotencyKey(), quote.points(), command.orderReference(), quote.payable().plus(quote.pointsCash()), ttl));
                    holdId = held.holdId();
                }
                CheckoutQuote held = withHold(quote, holdId);
                // another unit of work that held this order first fails this one (now, or where the storage sends the row);
                // the retry replays or refuses against its row
                checkouts.add(new StoredCheckout(held, command.idempotencyKey(), fingerprint, null, 1));
                events.publish(new CheckoutHeld(ids.next(), now, command.tenantId(), command.customerId(), command.orderReference(),
                        held.payable(), held.points()));
                return held;
            });
        });
    }

    /**
     * Spends what the order's checkout holds: the order was paid. Replaying the key returns the
     * committed checkout.
     *
     * @throws NotFoundException if the order has no checkout in the tenant
     * @throws CheckoutNotOpenException if it was committed or released under another key, or expired
     * @throws IdempotencyKeyReusedException if the key released this checkout
     */
    public CheckoutQuote commit(CommitCheckout command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return UnitOfWork.retrying(transactions,
                    () -> close(command.tenantId(), command.orderReference(), command.idempotencyKey(), CheckoutStatus.COMMITTED));
        });
    }

    /**
     * Gives back what the order's checkout holds: the order was cancelled. Replaying the key returns
     * the released checkout.
     *
     * @throws NotFoundException if the order has no checkout in the tenant
     * @throws CheckoutNotOpenException if it was committed or released under another key, or expired
     *     (an expired hold has released itself already)
     * @throws IdempotencyKeyReusedException if the key committed this checkout
     */
    public CheckoutQuote release(ReleaseCheckout command) {
        return ServiceCalls.call(() -> {
            validator.check(command);
            return UnitOfWork.retrying(transactions,
                    () -> close(command.tenantId(), command.orderReference(), command.idempotencyKey(), CheckoutStatus.RELEASED));
        });
    }

    /** The checkout held for an order, in its current status, if the tenant has one. */
    public Optional<CheckoutQuote> find(TenantId tenantId, String orderReference) {
        return ServiceCalls.call(() -> {
            checkNotNull(tenantId, "tenantId");
            checkNotNull(orderReference, "orderReference");
            return transactions.inTransaction(() -> checkouts.find(tenantId, orderReference).map(this::current));
        });
    }

    private CheckoutQuote close(TenantId tenantId, String orderReference, String key, CheckoutStatus target) {
        String verb = target == CheckoutStatus.COMMITTED ? "commit" : "release";
        StoredCheckout stored = checkouts.find(tenantId, orderReference)
                .orElseThrow(() -> new NotFoundException("checkout", tenantId, orderReference));
        if (key.equals(stored.closeKey())) {
            if (stored.quote().status() == target) {
                return stored.quote();
            }
            throw new IdempotencyKeyReusedException(key, "checkout " + stored.quote().status().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (key.equals(stored.holdKey())) {
            throw new IdempotencyKeyReusedException(key, "checkout hold");
        }
        Instant now = clock.instant();
        CheckoutStatus status = statusAt(stored, now);
        if (status != CheckoutStatus.HELD) {
            throw new CheckoutNotOpenException(orderReference, status, verb);
        }
        if (!stored.quote().coupons().isEmpty()) {
            if (target == CheckoutStatus.COMMITTED) {
                coupons.commit(new CommitCoupons(tenantId, orderReference, key));
            } else {
                coupons.release(new ReleaseCoupons(tenantId, orderReference, key));
            }
        }
        String holdId = stored.quote().pointsHoldId();
        if (holdId != null) {
            if (target == CheckoutStatus.COMMITTED) {
                loyalty.commit(new CommitHold(tenantId, key, holdId));
            } else {
                loyalty.release(new ReleaseHold(tenantId, key, holdId));
            }
        }
        CheckoutQuote closed = stored.quote().withStatus(target);
        checkouts.replace(new StoredCheckout(closed, stored.holdKey(), stored.fingerprint(), key, stored.version() + 1), stored.version());
        events.publish(target == CheckoutStatus.COMMITTED
                ? new CheckoutCommitted(ids.next(), now, tenantId, closed.customerId(), orderReference, closed.payable(), closed.points())
                : new CheckoutReleased(ids.next(), now, tenantId, closed.customerId(), orderReference, closed.payable(), closed.points()));
        return closed;
    }

    private CheckoutQuote replayedHold(StoredCheckout stored, HoldCheckout command, String fingerprint) {
        if (!stored.holdKey().equals(command.idempotencyKey())) {
            throw new org.crmkit.shared.ConflictException("order " + command.orderReference() + " already has a checkout, held under another"
                    + " idempotency key; release it before holding the order again");
        }
        if (!stored.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(command.idempotencyKey(), "checkout hold");
        }
        return current(stored);
    }

    private CheckoutQuote current(StoredCheckout stored) {
        CheckoutStatus status = statusAt(stored, clock.instant());
        return status == stored.quote().status() ? stored.quote() : stored.quote().withStatus(status);
    }

    private static CheckoutStatus statusAt(StoredCheckout stored, Instant now) {
        CheckoutQuote quote = stored.quote();
        if (quote.status() == CheckoutStatus.HELD && quote.expiresAt() != null && !now.isBefore(quote.expiresAt())) {
            return CheckoutStatus.EXPIRED;
        }
        return quote.status();
    }

    private LoyaltyProgramme programmeOf(TenantId tenantId, QuoteCheckout command) {
        return loyalty.programme(tenantId, command.programmeId())
                .orElseThrow(() -> new NotFoundException("loyalty programme", tenantId, command.programmeId().value()));
    }

    /** Prices the cart for the member, step by step; writes nothing. */
    private CheckoutQuote price(QuoteCheckout command, LoyaltyProgramme programme, @Nullable String orderReference, Instant now,
            @Nullable Instant expiresAt, CouponStep couponStep) {
        TenantId tenantId = command.tenantId();
        Currency currency = programme.cashRate().cash().currency();
        checkCart(command.cart(), currency, command.getClass().getSimpleName());
        customers.requireExists(tenantId, command.customerId());
        Tier tier = tiers.currentTier(tenantId, command.customerId(), command.programmeId()).orElse(null);
        Cart cart = command.cart();
        List<LinePrice> prices = memberPrices(tenantId, command, tier, cart);

        List<QuotedLine> lines = new ArrayList<>(cart.lines().size());
        Money listAmount = Money.zero(currency);
        Money memberAmount = Money.zero(currency);
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            LinePrice price = prices.get(i);
            Money amount = Money.of(price.unitPrice().amount().multiply(BigDecimal.valueOf(line.quantity())), currency);
            lines.add(new QuotedLine(line.sku(), line.category(), line.quantity(), line.unitPrice(), price.unitPrice(), amount, price.reason()));
            listAmount = listAmount.plus(line.listAmount());
            memberAmount = memberAmount.plus(amount);
        }
        List<QuoteStep> steps = new ArrayList<>();
        Money saving = listAmount.minus(memberAmount);
        steps.add(new QuoteStep("MEMBER_PRICE", saving, memberAmount.plus(cart.shipping()), saving.isZero()
                ? "no member price: " + (tier == null ? "no tier" : tier.code() + " gives none") + " (" + pricing.name() + ")"
                : (tier == null ? "member price" : tier.code() + " member price") + " saves " + saving + " on " + listAmount + " ("
                        + pricing.name() + ")"));

        Money shipping = cart.shipping();
        if (shipping.isZero()) {
            steps.add(new QuoteStep("SHIPPING", shipping, memberAmount, "no shipping fee"));
        } else if (tier != null && tier.benefits().freeShipping()) {
            steps.add(new QuoteStep("SHIPPING", shipping, memberAmount, "free shipping: a " + tier.code() + " benefit waives " + shipping));
            shipping = Money.zero(currency);
        } else {
            steps.add(new QuoteStep("SHIPPING", Money.zero(currency), memberAmount.plus(shipping), "shipping fee " + shipping));
        }

        CouponResult couponResult = CouponResult.none(currency);
        if (!command.coupons().isEmpty()) {
            List<CartLine> memberLines = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                CartLine line = cart.lines().get(i);
                memberLines.add(new CartLine(line.sku(), line.category(), line.quantity(), lines.get(i).memberUnitPrice()));
            }
            couponResult = couponStep.apply(new Cart(memberLines, shipping), tier == null ? null : tier.code());
        }
        Money couponDiscount = couponResult.linesDiscount().plus(couponResult.shippingDiscount());
        Money beforeCoupons = memberAmount.plus(shipping);
        if (!command.coupons().isEmpty()) {
            steps.add(new QuoteStep("COUPON", couponDiscount, beforeCoupons.minus(couponDiscount), couponResult.explanation()));
        }

        Money beforePoints = beforeCoupons.minus(couponDiscount);
        long points = 0;
        Money pointsCash = Money.zero(currency);
        if (command.points() == null || command.points() > 0) {
            RedemptionQuote allowed = loyalty.quote(tenantId, command.customerId(), command.programmeId(), beforePoints);
            points = command.points() == null ? allowed.maxPoints() : checkPoints(command.points(), allowed, programme);
            pointsCash = programme.cashRate().cashFor(points, RoundingMode.DOWN);
            steps.add(new QuoteStep("POINTS", pointsCash, beforePoints.minus(pointsCash), points == 0
                    ? "no points used: " + allowed.reason()
                    : points + " " + programme.pointsName() + " pay " + pointsCash + " at " + programme.cashRate().points() + " = "
                            + programme.cashRate().cash() + "; " + allowed.reason()));
        } else {
            steps.add(new QuoteStep("POINTS", pointsCash, beforePoints, "no points asked for"));
        }
        return new CheckoutQuote(tenantId, command.customerId(), command.programmeId(), orderReference,
                orderReference == null ? CheckoutStatus.QUOTED : CheckoutStatus.HELD, lines, listAmount, memberAmount, couponDiscount,
                couponResult.applied(), couponResult.rejected(), shipping, points, pointsCash, beforePoints.minus(pointsCash), steps, null, expiresAt, now);
    }

    private static long checkPoints(long asked, RedemptionQuote allowed, LoyaltyProgramme programme) {
        RedemptionLimits limits = programme.redemptionLimits();
        if (asked < limits.minimumPoints() || asked % limits.multipleOf() != 0) {
            throw new RuleViolationException("cannot pay with " + asked + " points: the programme takes at least " + limits.minimumPoints()
                    + " points, in multiples of " + limits.multipleOf());
        }
        if (asked > allowed.maxPoints()) {
            throw new RuleViolationException("cannot pay with " + asked + " points: this order may use at most " + allowed.maxPoints()
                    + " (" + allowed.reason() + ")");
        }
        return asked;
    }

    private List<LinePrice> memberPrices(TenantId tenantId, QuoteCheckout command, @Nullable Tier tier, Cart cart) {
        List<LinePrice> prices = pricing.price(tenantId, command.customerId(), tier, cart);
        if (prices == null || prices.size() != cart.lines().size()) {
            throw new IllegalStateException("member pricing '" + pricing.name() + "' returned " + (prices == null ? "null" : prices.size() + " prices")
                    + " for " + cart.lines().size() + " cart lines; it must return one price per line");
        }
        for (int i = 0; i < prices.size(); i++) {
            CartLine line = cart.lines().get(i);
            LinePrice price = prices.get(i);
            if (price == null || !price.unitPrice().currency().equals(line.unitPrice().currency()) || price.unitPrice().isNegative()
                    || price.unitPrice().compareTo(line.unitPrice()) > 0) {
                throw new IllegalStateException("member pricing '" + pricing.name() + "' priced line " + i + " (" + line.sku() + ", list "
                        + line.unitPrice() + ") at " + (price == null ? "null" : price.unitPrice())
                        + "; a member price must be in the line's currency, between zero and the list price");
            }
        }
        return prices;
    }

    private static void checkCart(Cart cart, Currency currency, String command) {
        List<Violation> violations = new ArrayList<>();
        if (!cart.shipping().currency().equals(currency)) {
            violations.add(Violation.of("cart.shipping", cart.shipping(), "must be in the programme's currency " + currency));
        } else {
            Limits.checkAmount("cart.shipping", cart.shipping(), false, violations);
        }
        BigDecimal total = cart.shipping().amount();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            String field = "cart.lines[" + i + "].unitPrice";
            if (!line.unitPrice().currency().equals(currency)) {
                violations.add(Violation.of(field, line.unitPrice(), "must be in the programme's currency " + currency));
                continue;
            }
            Limits.checkAmount(field, line.unitPrice(), false, violations);
            total = total.add(line.unitPrice().amount().abs().multiply(BigDecimal.valueOf(line.quantity())));
        }
        if (violations.isEmpty() && total.compareTo(Limits.MAX_AMOUNT) > 0) {
            violations.add(Violation.of("cart", total.toPlainString(), "must total at most " + Limits.MAX_AMOUNT.toPlainString() + " units"));
        }
        ValidationException.throwIfAny(command, violations);
    }

    private static CheckoutQuote withHold(CheckoutQuote quote, @Nullable String holdId) {
        return new CheckoutQuote(quote.tenantId(), quote.customerId(), quote.programmeId(), quote.orderReference(), quote.status(),
                quote.lines(), quote.listAmount(), quote.memberAmount(), quote.couponDiscount(), quote.coupons(), quote.rejectedCoupons(),
                quote.shipping(), quote.points(),
                quote.pointsCash(), quote.payable(), quote.steps(), holdId, quote.expiresAt(), quote.quotedAt());
    }

    private static String fingerprint(HoldCheckout command) {
        // every text goes in with its length, so no two different requests hash the same text
        Hasher hasher = Hashing.sha256().newHasher();
        for (Object part : List.of(command.customerId().value(), command.programmeId().value(), command.orderReference(),
                String.valueOf(command.points()), String.valueOf(command.ttl()), command.cart().shipping().toString())) {
            putText(hasher, part.toString());
        }
        for (CouponId coupon : command.coupons()) {
            putText(hasher, "coupon " + coupon.value());
        }
        for (CartLine line : command.cart().lines()) {
            putText(hasher, line.sku());
            putText(hasher, String.valueOf(line.category()));
            hasher.putInt(line.quantity());
            putText(hasher, line.unitPrice().toString());
        }
        return hasher.hash().toString();
    }

    private static void putText(Hasher hasher, String text) {
        hasher.putInt(text.length()).putString(text, StandardCharsets.UTF_8);
    }

    /** How a quote applies its coupons to the cart at member prices: a preview evaluates them, a hold locks them. */
    @FunctionalInterface
    private interface CouponStep {
        CouponResult apply(Cart memberCart, @Nullable String tierCode);
    }

    /** What the coupons did. */
    private record CouponResult(List<AppliedCoupon> applied, List<RejectedCoupon> rejected, Money linesDiscount, Money shippingDiscount) {

        static CouponResult none(Currency currency) {
            return new CouponResult(List.of(), List.of(), Money.zero(currency), Money.zero(currency));
        }

        String explanation() {
            List<String> parts = new ArrayList<>();
            applied.forEach(a -> parts.add(a.couponId().value() + ": " + a.explanation()));
            rejected.forEach(r -> parts.add(r.couponId().value() + " not applied (" + r.reason() + "): " + r.explanation()));
            return parts.isEmpty() ? "no coupon applies" : String.join("; ", parts);
        }
    }
}
