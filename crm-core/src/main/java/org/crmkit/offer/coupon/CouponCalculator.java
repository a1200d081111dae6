package org.crmkit.offer.coupon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.offer.coupon.spi.CouponRule;
import org.crmkit.offer.coupon.spi.CouponRuleContext;
import org.crmkit.offer.coupon.spi.CouponRuleResult;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * Works out what coupons do to a cart, without reading or writing anything: the rules of {@link
 * CouponService#evaluate}.
 */
final class CouponCalculator {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CouponCalculator.class);

    private record Candidate(int listed, Coupon coupon, CouponTemplate template, List<Integer> lines, Money subtotal) {

        int rank() {
            if (template.kind() == CouponKind.FREE_SHIPPING) {
                return 4;
            }
            return (template.scope().orderWide() ? 2 : 0) + (template.kind() == CouponKind.AMOUNT_OFF ? 0 : 1);
        }
    }

    private CouponCalculator() {}

    static CouponEvaluation evaluate(Cart cart, @Nullable String tierCode, CustomerId customerId, List<CouponId> requested,
            Map<CouponId, Coupon> coupons, Map<String, CouponTemplate> templates, Instant now, ZoneId zone, Map<String, CouponRule> rules) {
        List<RejectedCoupon> rejected = new ArrayList<>();
        List<Candidate> accepted = new ArrayList<>();
        Set<CouponId> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            CouponId id = requested.get(i);
            if (!seen.add(id)) {
                rejected.add(new RejectedCoupon(id, RejectionReason.DUPLICATE, "listed more than once"));
                continue;
            }
            Coupon coupon = coupons.get(id);
            CouponTemplate template = coupon == null ? null : templates.get(coupon.templateId());
            if (coupon == null || template == null || !coupon.customerId().equals(customerId)) {
                rejected.add(new RejectedCoupon(id, RejectionReason.NOT_FOUND, "no coupon '" + id + "' of this customer"));
                continue;
            }
            RejectedCoupon refusal = refusal(cart, tierCode, coupon, template, now, zone);
            if (refusal == null) {
                refusal = ruleRefusal(cart, tierCode, coupon, template, now, zone, rules);
            }
            if (refusal == null) {
                refusal = stacking(coupon, template, accepted);
            }
            if (refusal != null) {
                rejected.add(refusal);
                continue;
            }
            List<Integer> lines = scopedLines(cart, template);
            accepted.add(new Candidate(i, coupon, template, lines, sum(cart, lines)));
        }
        return apply(cart, accepted, rejected);
    }

    private static @Nullable RejectedCoupon refusal(Cart cart, @Nullable String tierCode, Coupon coupon, CouponTemplate template,
            Instant now, ZoneId zone) {
        CouponId id = coupon.couponId();
        if (!coupon.unusedAt(now)) {
            String why = coupon.status() == CouponStatus.LOCKED
                    ? "locked for order '" + coupon.orderReference() + "' until " + coupon.lockedUntil()
                    : "it is " + coupon.status().name().toLowerCase(java.util.Locale.ROOT)
                            + (coupon.orderReference() != null ? " (order '" + coupon.orderReference() + "')" : "");
            return new RejectedCoupon(id, RejectionReason.NOT_AVAILABLE, why);
        }
        if (now.isBefore(coupon.validFrom())) {
            return new RejectedCoupon(id, RejectionReason.NOT_YET_VALID, "usable from " + coupon.validFrom().atZone(zone).toLocalDateTime()
                    + " (" + zone + ")");
        }
        if (!now.isBefore(coupon.validUntil())) {
            return new RejectedCoupon(id, RejectionReason.EXPIRED, "its window ended at " + coupon.validUntil().atZone(zone).toLocalDateTime()
                    + " (" + zone + ")");
        }
        if (!template.currency().equals(cart.currency())) {
            return new RejectedCoupon(id, RejectionReason.WRONG_CURRENCY, "the coupon is in " + template.currency() + ", the cart in "
                    + cart.currency());
        }
        if (!template.scope().admits(tierCode)) {
            return new RejectedCoupon(id, RejectionReason.TIER_NOT_ELIGIBLE, "only for tiers " + new java.util.TreeSet<>(template.scope().tierCodes())
                    + ", the customer's tier is " + (tierCode == null ? "none" : "'" + tierCode + "'"));
        }
        List<Integer> lines = scopedLines(cart, template);
        if (lines.isEmpty()) {
            return new RejectedCoupon(id, RejectionReason.OUT_OF_SCOPE, "no line is in its categories " + new java.util.TreeSet<>(template.scope().categories())
                    + " or products " + new java.util.TreeSet<>(template.scope().skus()));
        }
        Money subtotal = sum(cart, lines);
        if (subtotal.compareTo(template.threshold()) < 0) {
            return new RejectedCoupon(id, RejectionReason.BELOW_THRESHOLD, "the lines in scope come to " + subtotal + ", below the threshold "
                    + template.threshold());
        }
        return null;
    }

    private static @Nullable RejectedCoupon ruleRefusal(Cart cart, @Nullable String tierCode, Coupon coupon, CouponTemplate template,
            Instant now, ZoneId zone, Map<String, CouponRule> rules) {
        for (String name : template.rules()) {
            CouponRule rule = rules.get(name);
            if (rule == null) {
                return new RejectedCoupon(coupon.couponId(), RejectionReason.RULE, "rule '" + name + "' is not known to this instance");
            }
            CouponRuleResult result;
            try {
                result = rule.test(new CouponRuleContext(coupon.tenantId(), coupon.customerId(), template.templateId(), cart, tierCode,
                        now.atZone(zone)));
            } catch (RuntimeException e) {
                log.warn("coupon rule {} failed on template {}; the coupon does not apply", name, template.templateId(), e);
                return new RejectedCoupon(coupon.couponId(), RejectionReason.RULE, "rule '" + name + "' failed: " + e);
            }
            if (result == null || !result.allowed()) {
                return new RejectedCoupon(coupon.couponId(), RejectionReason.RULE, "rule '" + name + "': "
                        + (result == null ? "no answer" : result.explanation()));
            }
        }
        return null;
    }

    private static @Nullable RejectedCoupon stacking(Coupon coupon, CouponTemplate template, List<Candidate> accepted) {
        CouponId id = coupon.couponId();
        for (Candidate before : accepted) {
            String other = "coupon '" + before.coupon().couponId() + "' listed before it";
            if (template.stacking().exclusive()) {
                return new RejectedCoupon(id, RejectionReason.NOT_STACKABLE, "it is exclusive and " + other + " applies");
            }
            if (before.template().stacking().exclusive()) {
                return new RejectedCoupon(id, RejectionReason.NOT_STACKABLE, other + " is exclusive");
            }
            if (before.template().stacking().equals(template.stacking())) {
                return new RejectedCoupon(id, RejectionReason.NOT_STACKABLE, "one coupon per stacking group '" + template.stacking().name()
                        + "' and " + other + " is in it");
            }
            if (template.kind() == CouponKind.FREE_SHIPPING && before.template().kind() == CouponKind.FREE_SHIPPING) {
                return new RejectedCoupon(id, RejectionReason.NOT_STACKABLE, "shipping is already free by " + other);
            }
        }
        return null;
    }

    private static CouponEvaluation apply(Cart cart, List<Candidate> accepted, List<RejectedCoupon> rejected) {
        List<Candidate> order = new ArrayList<>(accepted);
        order.sort(Comparator.comparingInt(Candidate::rank).thenComparingInt(Candidate::listed));
        BigDecimal[] left = new BigDecimal[cart.lines().size()];
        for (int i = 0; i < left.length; i++) {
            left[i] = cart.lines().get(i).listAmount().amount();
        }
        Money zero = Money.zero(cart.currency());
        Money linesDiscount = zero;
        Money shippingDiscount = zero;
        boolean freeShipping = false;
        List<AppliedCoupon> applied = new ArrayList<>();
        for (Candidate c : order) {
            CouponTemplate t = c.template();
            if (t.kind() == CouponKind.FREE_SHIPPING) {
                freeShipping = true;
                shippingDiscount = cart.shipping();
                applied.add(new AppliedCoupon(c.coupon().couponId(), t.templateId(), cart.shipping(), true, "free shipping: "
                        + cart.shipping() + " off (lines in scope " + c.subtotal() + ", threshold " + t.threshold() + ")"));
                continue;
            }
            BigDecimal base = BigDecimal.ZERO;
            for (int line : c.lines()) {
                base = base.add(left[line]);
            }
            Money baseMoney = Money.of(base, cart.currency());
            Money discount;
            String how;
            if (t.kind() == CouponKind.AMOUNT_OFF) {
                discount = min(t.amountOff(), baseMoney);
                how = t.amountOff() + " off once the lines in scope reach " + t.threshold() + " (they come to " + c.subtotal() + "; "
                        + baseMoney + " left after earlier coupons)";
            } else {
                Money raw = baseMoney.times(t.percentOff().movePointLeft(2), RoundingMode.HALF_UP);
                discount = t.cap() != null ? min(raw, t.cap()) : raw;
                how = t.percentOff().stripTrailingZeros().toPlainString() + "% off " + baseMoney + " left in scope = " + raw
                        + " (half-up to the cent)" + (t.cap() != null && raw.compareTo(t.cap()) > 0 ? ", capped at " + t.cap() : "");
            }
            allocate(left, c.lines(), discount.amount(), base);
            linesDiscount = linesDiscount.plus(discount);
            applied.add(new AppliedCoupon(c.coupon().couponId(), t.templateId(), discount, false, how));
        }
        return new CouponEvaluation(applied, rejected, linesDiscount, shippingDiscount, freeShipping);
    }

    /** Takes {@code discount} off the lines in proportion to what is left of each, never below zero. */
    private static void allocate(BigDecimal[] left, List<Integer> lines, BigDecimal discount, BigDecimal base) {
        if (base.signum() == 0) {
            return;
        }
        BigDecimal[] share = new BigDecimal[lines.size()];
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            BigDecimal l = left[lines.get(i)];
            share[i] = discount.multiply(l).divide(base, l.scale(), RoundingMode.DOWN);
            given = given.add(share[i]);
        }
        BigDecimal rest = discount.subtract(given);
        for (int i = 0; i < lines.size() && rest.signum() > 0; i++) {
            BigDecimal room = left[lines.get(i)].subtract(share[i]);
            BigDecimal more = room.min(rest);
            share[i] = share[i].add(more);
            rest = rest.subtract(more);
        }
        for (int i = 0; i < lines.size(); i++) {
            left[lines.get(i)] = left[lines.get(i)].subtract(share[i]);
        }
    }

    private static List<Integer> scopedLines(Cart cart, CouponTemplate template) {
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < cart.lines().size(); i++) {
            CartLine line = cart.lines().get(i);
            if (template.scope().covers(line)) {
                lines.add(i);
            }
        }
        return lines;
    }

    private static Money sum(Cart cart, List<Integer> lines) {
        Money sum = Money.zero(cart.currency());
        for (int line : lines) {
            sum = sum.plus(cart.lines().get(line).listAmount());
        }
        return sum;
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
