package org.crmkit.offer.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * 购物返券: a rule that gives a customer coupons of a template for a purchase that reaches a
 * threshold. Define it with {@link CouponService#defineReward}; the one door ({@code
 * crm.commerce().recordPurchase}) applies every active rule to each purchase, in the purchase's unit
 * of work, once per order.
 *
 * <p><b>What counts:</b> what the customer paid on the order, or on its items of {@code categories}
 * when that set is not empty, in the threshold's currency (an order in another currency earns
 * nothing); the purchase's time must fall on a day from {@code firstDay} to {@code lastDay} in the
 * tenant's zone (either end may be open).
 *
 * <p><b>How many:</b> with {@code maxPerOrder} 1, one coupon for an order that reaches the
 * threshold. With more, one coupon per full threshold (每满300返一张), at most {@code maxPerOrder}:
 * a threshold of 300 and at most 3 gives 2 coupons for 650 and 3 for 1,000.
 *
 * <p><b>Stock and limits:</b> the coupons are issued like any other of the template, so its stock,
 * per-customer limit and fixed window still hold: a reward the template cannot give any more is
 * skipped (the purchase is still recorded) and the coupons it could give are issued.
 *
 * @param rewardId the tenant's code for the rule, 1 to 64 printable ASCII characters
 * @param templateId the template whose coupons it gives, in the tenant
 * @param threshold what the order (or its items of {@code categories}) must reach, more than zero
 * @param categories the categories whose items count, at most 100; empty for the whole order
 * @param firstDay the first day of purchases it rewards, in the tenant's zone, or null for no start
 * @param lastDay the last day of purchases it rewards, in the tenant's zone, or null for no end
 * @param maxPerOrder 1 for one coupon per qualifying order; 2 to 10 for one per full threshold, at
 *     most that many
 * @param active false to stop rewarding new purchases (coupons given stay, and a refund still
 *     voids them)
 * @since 0.2
 */
public record PurchaseReward(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String rewardId,
        @NotNull @Size(min = 1, max = 64) String templateId,
        @NotNull Money threshold,
        @NotNull @Size(max = 100) Set<@NotNull @Size(min = 1, max = 64) String> categories,
        @Nullable LocalDate firstDay,
        @Nullable LocalDate lastDay,
        @Positive @Max(10) int maxPerOrder,
        boolean active) {

    /** Copies the categories. */
    public PurchaseReward {
        categories = categories == null ? null : Set.copyOf(categories);
    }

    /**
     * One coupon of {@code templateId} for every order that pays at least {@code threshold}, on any
     * day, active; change it with the {@code with...} methods.
     */
    public static PurchaseReward of(TenantId tenantId, String rewardId, String templateId, Money threshold) {
        return new PurchaseReward(tenantId, rewardId, templateId, threshold, Set.of(), null, null, 1, true);
    }

    /** This rule counting only the items of these categories. */
    public PurchaseReward withCategories(String... newCategories) {
        return new PurchaseReward(tenantId, rewardId, templateId, threshold, Set.of(newCategories), firstDay, lastDay, maxPerOrder, active);
    }

    /** This rule for purchases from {@code first} to {@code last}, in the tenant's zone (null: open). */
    public PurchaseReward withDays(@Nullable LocalDate first, @Nullable LocalDate last) {
        return new PurchaseReward(tenantId, rewardId, templateId, threshold, categories, first, last, maxPerOrder, active);
    }

    /** This rule giving one coupon per full threshold, at most {@code max} per order. */
    public PurchaseReward withMaxPerOrder(int max) {
        return new PurchaseReward(tenantId, rewardId, templateId, threshold, categories, firstDay, lastDay, max, active);
    }

    /** This rule switched on or off. */
    public PurchaseReward withActive(boolean on) {
        return new PurchaseReward(tenantId, rewardId, templateId, threshold, categories, firstDay, lastDay, maxPerOrder, on);
    }
}
