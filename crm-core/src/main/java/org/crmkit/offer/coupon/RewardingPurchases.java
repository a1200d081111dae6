package org.crmkit.offer.coupon;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.crmkit.shared.Limits;
import org.crmkit.shared.Money;
import org.crmkit.shared.ShortLivedCache;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.UnitOfWork;
import org.crmkit.shared.ValidationException;
import org.crmkit.shared.Violation;

/**
 * 购物返券: the purchase rewards, their coupons for a paid order, and taking back the unused ones
 * when the order is refunded in full. A reward's coupons carry the issue key {@code
 * reward/<reward id>/<order id>/<n>}, so an order is rewarded once and its coupons are found again
 * by key, without a table of their own.
 */
final class RewardingPurchases {

    private final CouponWork work;
    private final IssuingCoupons issuing;
    /** The tenant's rules, read on every purchase: reused for a second, forgotten when this instance redefines one. */
    private final ShortLivedCache<TenantId, List<PurchaseReward>> rules = new ShortLivedCache<>();

    RewardingPurchases(CouponWork work, IssuingCoupons issuing) {
        this.work = work;
        this.issuing = issuing;
    }

    void define(PurchaseReward reward) {
        work.validator.check(reward);
        List<Violation> violations = new ArrayList<>();
        Limits.checkAmount("threshold", reward.threshold(), true, violations);
        if (reward.firstDay() != null && reward.lastDay() != null && reward.firstDay().isAfter(reward.lastDay())) {
            violations.add(Violation.of("lastDay", reward.lastDay(), "must not be before firstDay " + reward.firstDay()));
        }
        for (LocalDate day : new LocalDate[] {reward.firstDay(), reward.lastDay()}) {
            if (day != null && (day.isBefore(Limits.MIN_DATE) || day.isAfter(Limits.MAX_DATE))) {
                violations.add(Violation.of(day == reward.firstDay() ? "firstDay" : "lastDay", day, "must be from " + Limits.MIN_DATE
                        + " to " + Limits.MAX_DATE));
            }
        }
        ValidationException.throwIfAny(reward, violations);
        UnitOfWork.retrying(work.transactions, () -> {
            CouponTemplate template = work.template(reward.tenantId(), reward.templateId());
            if (!template.currency().equals(reward.threshold().currency())) {
                throw new ValidationException("PurchaseReward", List.of(Violation.of("threshold", reward.threshold(),
                        "must be in the currency of template '" + template.templateId() + "', " + template.currency())));
            }
            Optional<PurchaseReward> stored = work.coupons.reward(reward.tenantId(), reward.rewardId());
            if (stored.isEmpty() || !stored.get().equals(reward)) {
                work.coupons.saveReward(reward);
            }
            return null;
        });
        rules.forget(reward.tenantId());
    }

    List<PurchaseReward> rewards(TenantId tenantId) {
        return work.transactions.inTransaction(() -> work.coupons.rewards(tenantId));
    }

    /**
     * Issues the coupons the tenant's active rules give for the order, or, if the order was
     * rewarded before, returns the coupons it was given then and issues nothing.
     */
    List<Coupon> reward(RewardPurchase purchase) {
        work.validator.check(purchase);
        return UnitOfWork.retrying(work.transactions, () -> {
            List<PurchaseReward> all = rulesOf(purchase.tenantId());
            if (all.isEmpty()) {
                return List.of();
            }
            List<Coupon> before = given(purchase.tenantId(), purchase.orderId(), all);
            if (!before.isEmpty()) {
                return before;
            }
            LocalDate day = LocalDate.ofInstant(purchase.purchasedAt(), work.zone);
            Instant now = work.now();
            List<Coupon> issued = new ArrayList<>();
            boolean customerChecked = false;
            for (PurchaseReward rule : all) {
                int count = couponsFor(rule, purchase, day);
                if (count == 0) {
                    continue;
                }
                Optional<CouponTemplate> template = work.coupons.template(rule.tenantId(), rule.templateId());
                if (template.isEmpty()) {
                    continue; // cannot happen: defining a rule needs its template, and templates are never deleted
                }
                if (!customerChecked) {
                    work.requireCustomer(purchase.tenantId(), purchase.customerId());
                    customerChecked = true;
                }
                for (int n = 0; n < count; n++) {
                    String key = key(rule, purchase.orderId(), n);
                    IssuingCoupons.Issue issue = issuing.tryIssue(template.get(), purchase.customerId(), key, now);
                    if (issue.coupon() == null) {
                        break;
                    }
                    issued.add(issue.coupon());
                }
            }
            return List.copyOf(issued);
        });
    }

    /** The coupons the order was given by the tenant's rules (active or not), in rule and issue order. */
    List<Coupon> rewardsOf(TenantId tenantId, String orderId) {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(orderId, "orderId");
        return work.transactions.inTransaction(() -> given(tenantId, orderId, rulesOf(tenantId)));
    }

    /**
     * Voids the order's reward coupons that are still available; those used or locked for another
     * order stay as they are. A second call finds them voided and changes nothing.
     */
    List<CouponId> revoke(TenantId tenantId, String orderId, String idempotencyKey) {
        CouponWork.checkRefund("RevokePurchaseRewards", tenantId, orderId, idempotencyKey);
        return UnitOfWork.retrying(work.transactions, () -> {
            List<CouponId> voided = new ArrayList<>();
            Instant now = work.now();
            for (Coupon c : given(tenantId, orderId, rulesOf(tenantId))) {
                if (c.status() == CouponStatus.AVAILABLE) {
                    work.coupons.update(c.moved(CouponStatus.VOIDED, orderId, null, null));
                    work.publish(new CouponVoided(work.newId(), now, tenantId, c.couponId(), c.templateId(), c.customerId(), idempotencyKey,
                            orderId));
                    voided.add(c.couponId());
                }
            }
            return List.copyOf(voided);
        });
    }

    private List<PurchaseReward> rulesOf(TenantId tenantId) {
        return rules.getRememberingAbsence(tenantId, () -> Optional.of(work.coupons.rewards(tenantId))).orElseThrow();
    }

    private List<Coupon> given(TenantId tenantId, String orderId, List<PurchaseReward> all) {
        Set<String> keys = new LinkedHashSet<>(); // rule and issue order
        all.forEach(rule -> {
            for (int n = 0; n < rule.maxPerOrder(); n++) {
                keys.add(key(rule, orderId, n));
            }
        });
        if (keys.isEmpty()) {
            return List.of();
        }
        Set<String> found = work.coupons.issuedKeys(tenantId, keys);
        List<Coupon> coupons = new ArrayList<>();
        for (String key : keys) {
            if (found.contains(key)) {
                work.coupons.byIssueKey(tenantId, key).ifPresent(coupons::add);
            }
        }
        return coupons;
    }

    /** How many coupons the rule gives for the purchase: 0 if inactive, off its days, in another currency or short of its threshold. */
    private static int couponsFor(PurchaseReward rule, RewardPurchase purchase, LocalDate day) {
        if (!rule.active() || (rule.firstDay() != null && day.isBefore(rule.firstDay()))
                || (rule.lastDay() != null && day.isAfter(rule.lastDay()))
                || !purchase.paid().currency().equals(rule.threshold().currency())) {
            return 0;
        }
        BigDecimal counted = rule.categories().isEmpty() ? purchase.paid().amount()
                : purchase.lines().stream()
                        .filter(l -> l.category() != null && rule.categories().contains(l.category())
                                && l.paid().currency().equals(rule.threshold().currency()))
                        .map(l -> l.paid().amount())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        return counted.divide(rule.threshold().amount(), 0, RoundingMode.DOWN).min(BigDecimal.valueOf(rule.maxPerOrder())).intValueExact();
    }

    static String key(PurchaseReward rule, String orderId, int n) {
        return "reward/" + rule.rewardId() + "/" + orderId + "/" + n;
    }
}
