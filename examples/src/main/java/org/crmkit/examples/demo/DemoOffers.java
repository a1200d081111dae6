package org.crmkit.examples.demo;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.crmkit.Crm;
import org.crmkit.loyalty.BalanceView;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.CheckoutQuote;
import org.crmkit.offer.CommitCheckout;
import org.crmkit.offer.HoldCheckout;
import org.crmkit.offer.QuoteCheckout;
import org.crmkit.offer.card.CardExpiry;
import org.crmkit.offer.card.CardLiability;
import org.crmkit.offer.card.IssueCard;
import org.crmkit.offer.card.PayWithCard;
import org.crmkit.offer.card.StoredValueCard;
import org.crmkit.offer.coupon.AppliedCoupon;
import org.crmkit.offer.coupon.Coupon;
import org.crmkit.offer.coupon.CouponId;
import org.crmkit.offer.coupon.CouponReport;
import org.crmkit.offer.coupon.CouponStatus;
import org.crmkit.offer.coupon.CouponTemplate;
import org.crmkit.offer.coupon.IssueCoupon;
import org.crmkit.offer.coupon.PurchaseReward;
import org.crmkit.offer.mall.DefineReward;
import org.crmkit.offer.mall.Fulfilment;
import org.crmkit.offer.mall.MallItemReport;
import org.crmkit.offer.mall.RedeemReward;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;

/**
 * The demo shop's offers, as the seeds' stores run them: a welcome coupon (满200减20) at sign-up, a
 * coupon the one door gives for a purchase of 300 or more (a purchase reward, 购物返券, 满300减30, voided
 * if the order is refunded in full), member prices and free shipping by tier,
 * points as cash at checkout, a points mall (a tea sample for points, a thermos for points plus
 * cash), and gift cards (京东礼品卡) that some shoppers buy and pay with. Every purchase goes
 * through one checkout quote, hold and commit; the figures the report shows are read back through
 * the public API, except the checkout totals, which add up the quotes the API returned.
 */
final class DemoOffers {

    static final String WELCOME = "welcome-200-20";
    static final String THANKS = "thanks-300-30";
    static final Money SHIPPING = Money.of("8.00", "CNY");
    static final Money FREE_SHIPPING_FROM = Money.of("99.00", "CNY");

    private final Crm crm;
    private final TenantId shop;
    private BigDecimal memberSavings = BigDecimal.ZERO;
    private BigDecimal couponDiscounts = BigDecimal.ZERO;
    private BigDecimal pointsCash = BigDecimal.ZERO;
    private BigDecimal cardPayments = BigDecimal.ZERO;
    private long checkouts;
    private long withCoupon;
    private long withPoints;

    DemoOffers(Crm crm, TenantId shop) {
        this.crm = crm;
        this.shop = shop;
    }

    /** The offers' configuration: coupon templates and the mall's catalogue. */
    void define() {
        crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, WELCOME, "新人券 满200减20", Money.of("200.00", "CNY"),
                Money.of("20.00", "CNY")));
        crm.coupons().defineTemplate(CouponTemplate.amountOff(shop, THANKS, "返券 满300减30", Money.of("300.00", "CNY"),
                Money.of("30.00", "CNY")).withPerCustomerLimit(1_000));
        crm.coupons().defineReward(PurchaseReward.of(shop, "thanks-300", THANKS, Money.of("300.00", "CNY")));
        crm.mall().define(DefineReward.of(shop, DemoShop.PROGRAMME, "tea-sample", "花茶试饮装", 500, Fulfilment.DIGITAL_CODE)
                .withStock(5_000L).withLimit(3));
        crm.mall().define(DefineReward.of(shop, DemoShop.PROGRAMME, "thermos", "保温杯 (积分换购)", 2_000, Fulfilment.SHIPPED_GOOD)
                .withCash(Money.of("19.90", "CNY")).withStock(300L).withLimit(1));
    }

    /** A new shopper's welcome coupon, and for some a gift card they bought. */
    void welcome(CustomerId id, SplittableRandom random) {
        crm.coupons().issue(new IssueCoupon(shop, id, WELCOME, "welcome:" + id.value()));
        if (random.nextDouble() < 0.04) {
            Money value = Money.of(random.nextBoolean() ? "200.00" : "500.00", "CNY");
            crm.storedValue().issue(new IssueCard(shop, "card:" + id.value(), "GC-" + id.value(), id, value, CardExpiry.monthsAfterIssue(36)));
        }
    }

    /**
     * One order through the checkout: member price and shipping by tier, the shopper's best usable
     * coupon, points as cash if {@code usePoints}, held and committed at once; then a gift card pays
     * what it can of the rest. Returns what the shopper paid in money (cash and card).
     */
    Money checkout(CustomerId id, String orderId, String category, Money listPrice, boolean usePoints) {
        Money shipping = listPrice.compareTo(FREE_SHIPPING_FROM) >= 0 ? Money.zero(DemoShop.CNY) : SHIPPING;
        Cart cart = new Cart(List.of(new CartLine("sku-" + category, category, 1, listPrice)), shipping);
        List<CouponId> coupons = availableCoupons(id);
        Long points = usePoints ? null : 0L;
        CheckoutQuote quote = crm.checkout().quote(new QuoteCheckout(shop, id, DemoShop.PROGRAMME, cart, coupons, points));
        List<CouponId> applicable = quote.coupons().stream().map(AppliedCoupon::couponId).toList();
        CheckoutQuote held = crm.checkout().hold(new HoldCheckout(shop, id, DemoShop.PROGRAMME, "checkout:" + orderId, orderId, cart,
                applicable, quote.points(), null));
        CheckoutQuote paid = crm.checkout().commit(new CommitCheckout(shop, "paid:" + orderId, orderId));
        checkouts++;
        memberSavings = memberSavings.add(paid.listAmount().minus(paid.memberAmount()).amount())
                .add(cart.shipping().minus(paid.shipping()).amount());
        couponDiscounts = couponDiscounts.add(paid.couponDiscount().amount());
        pointsCash = pointsCash.add(paid.pointsCash().amount());
        withCoupon += paid.coupons().isEmpty() ? 0 : 1;
        withPoints += paid.points() > 0 ? 1 : 0;
        Money money = held.payable();
        payWithCard(id, orderId, money);
        return money;
    }

    /** Some shoppers spend points in the mall when they have enough. */
    void maybeRedeem(CustomerId id, String orderId, SplittableRandom random) {
        if (random.nextDouble() >= 0.08) {
            return;
        }
        BalanceView balance = crm.loyalty().balance(shop, id, DemoShop.PROGRAMME);
        String item = balance.available() >= 2_000 && random.nextBoolean() ? "thermos" : "tea-sample";
        long price = item.equals("thermos") ? 2_000 : 500;
        boolean inStockAndAllowed = crm.mall().redeemableNow(shop, id, DemoShop.PROGRAMME).stream().anyMatch(r -> r.code().equals(item));
        if (balance.available() >= price && inStockAndAllowed) {
            crm.mall().redeem(new RedeemReward(shop, id, DemoShop.PROGRAMME, item, 1, "mall:" + orderId));
        }
    }

    private void payWithCard(CustomerId id, String orderId, Money due) {
        if (due.isZero()) {
            return;
        }
        for (StoredValueCard card : crm.storedValue().cardsOf(shop, id)) {
            Money balance = card.balance();
            if (balance.isZero() || !card.usableAt(crm.clock().instant())) {
                continue;
            }
            Money amount = balance.compareTo(due) < 0 ? balance : due;
            crm.storedValue().pay(new PayWithCard(shop, "card-pay:" + orderId, card.cardId(), orderId, amount));
            cardPayments = cardPayments.add(amount.amount());
            return;
        }
    }

    private List<CouponId> availableCoupons(CustomerId id) {
        Instant now = crm.clock().instant();
        List<CouponId> ids = new ArrayList<>();
        for (Coupon c : crm.coupons().couponsOf(shop, id)) {
            if (c.status() == CouponStatus.AVAILABLE && !now.isBefore(c.validFrom()) && now.isBefore(c.validUntil())) {
                ids.add(c.couponId());
            }
        }
        // the templates are exclusive: offer the most recent one; the quote says if it applies
        return ids.isEmpty() ? List.of() : List.of(ids.get(ids.size() - 1));
    }

    /** The offers' figures for the report, read back through the public API. */
    DemoReport.OfferFigures figures(Instant from, Instant until) {
        List<CouponReport> coupons = crm.coupons().report(shop);
        List<MallItemReport> mall = crm.mall().report(shop, DemoShop.PROGRAMME);
        Optional<CardLiability> cards = crm.storedValue().liability(shop, from, until).stream()
                .filter(l -> l.currency().equals(DemoShop.CNY)).findFirst();
        return new DemoReport.OfferFigures(checkouts, withCoupon, withPoints, memberSavings, couponDiscounts, pointsCash, cardPayments,
                coupons, mall, cards.orElse(null));
    }
}
