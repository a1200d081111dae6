package org.crmkit.offer.coupon;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.crmkit.shared.Money;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A kind of coupon a tenant issues: what it takes off, on what, when, how many, and how it
 * combines. Define it with {@link CouponService#defineTemplate}; defining it again replaces it
 * (coupons already issued keep their window; the stock already issued still counts).
 *
 * <p>Start from {@link #amountOff}, {@link #percentOff} or {@link #freeShipping} and change the
 * defaults with the {@code with...} methods.
 *
 * @param templateId the tenant's code for the template, 1 to 64 printable ASCII characters
 * @param name a display name, 1 to 200 characters
 * @param kind what the coupon takes off
 * @param threshold the scoped subtotal (at the prices in the cart) a coupon needs; zero for none;
 *     in {@code currency}
 * @param amountOff for {@link CouponKind#AMOUNT_OFF}, the amount off, more than zero; else null
 * @param percentOff for {@link CouponKind#PERCENT_OFF}, the percentage off, more than 0 and less
 *     than 100, at most 2 decimals (15 = 15% off); else null
 * @param cap for {@link CouponKind#PERCENT_OFF}, the most it takes off, or null for no cap
 * @param scope the categories, products and tiers it applies to
 * @param validity when its coupons may be used
 * @param totalStock how many coupons may ever be issued, positive, or null for unlimited
 * @param perCustomerLimit how many coupons one customer may ever be issued, 1 to 1,000
 * @param stacking its stacking group
 * @param refundPolicy what a refund does to a used coupon
 * @param rules the names of up to 5 {@link org.crmkit.offer.coupon.spi.CouponRule}s a coupon must
 *     also pass, each known to the instance; empty for none
 * @since 0.2
 */
public record CouponTemplate(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String templateId,
        @NotNull @Size(min = 1, max = 200) String name,
        @NotNull CouponKind kind,
        @NotNull Money threshold,
        @Nullable Money amountOff,
        @Nullable BigDecimal percentOff,
        @Nullable Money cap,
        @NotNull @Valid CouponScope scope,
        @NotNull @Valid Validity validity,
        @Positive @Nullable Long totalStock,
        @Positive @Max(1000) int perCustomerLimit,
        @NotNull StackingGroup stacking,
        @NotNull RefundPolicy refundPolicy,
        @NotNull @Size(max = 5) List<@NotNull @Size(min = 1, max = 64) String> rules) {

    /** Copies the rule names. */
    public CouponTemplate {
        rules = rules == null ? null : List.copyOf(rules);
    }

    /**
     * 满减: {@code off} off once the order-wide subtotal reaches {@code threshold}; valid 30 days
     * after issue, unlimited stock, one per customer, exclusive, returned on refund.
     */
    public static CouponTemplate amountOff(TenantId tenantId, String templateId, String name, Money threshold, Money off) {
        return new CouponTemplate(tenantId, templateId, name, CouponKind.AMOUNT_OFF, threshold, off, null, null, CouponScope.ALL,
                Validity.daysAfterIssue(30), null, 1, StackingGroup.EXCLUSIVE, RefundPolicy.RETURN, List.of());
    }

    /**
     * {@code percent}% off the order-wide subtotal, at most {@code cap} (null: no cap), with no
     * threshold; the other defaults as {@link #amountOff}.
     */
    public static CouponTemplate percentOff(TenantId tenantId, String templateId, String name, BigDecimal percent, @Nullable Money cap,
            Currency currency) {
        return new CouponTemplate(tenantId, templateId, name, CouponKind.PERCENT_OFF, Money.zero(currency), null, percent, cap,
                CouponScope.ALL, Validity.daysAfterIssue(30), null, 1, StackingGroup.EXCLUSIVE, RefundPolicy.RETURN, List.of());
    }

    /** Free shipping once the order-wide subtotal reaches {@code threshold}; the other defaults as {@link #amountOff}. */
    public static CouponTemplate freeShipping(TenantId tenantId, String templateId, String name, Money threshold) {
        return new CouponTemplate(tenantId, templateId, name, CouponKind.FREE_SHIPPING, threshold, null, null, null, CouponScope.ALL,
                Validity.daysAfterIssue(30), null, 1, StackingGroup.EXCLUSIVE, RefundPolicy.RETURN, List.of());
    }

    /** The template's currency: its threshold's. */
    public Currency currency() {
        return threshold.currency();
    }

    /** This template with another scope. */
    public CouponTemplate withScope(CouponScope newScope) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, newScope, validity, totalStock,
                perCustomerLimit, stacking, refundPolicy, rules);
    }

    /** This template with another validity. */
    public CouponTemplate withValidity(Validity newValidity) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, newValidity, totalStock,
                perCustomerLimit, stacking, refundPolicy, rules);
    }

    /** This template with another total stock (null: unlimited). */
    public CouponTemplate withTotalStock(@Nullable Long stock) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, validity, stock,
                perCustomerLimit, stacking, refundPolicy, rules);
    }

    /** This template with another per-customer limit. */
    public CouponTemplate withPerCustomerLimit(int limit) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, validity, totalStock,
                limit, stacking, refundPolicy, rules);
    }

    /** This template in another stacking group. */
    public CouponTemplate withStacking(StackingGroup group) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, validity, totalStock,
                perCustomerLimit, group, refundPolicy, rules);
    }

    /** This template with coupons that must also pass the named {@link org.crmkit.offer.coupon.spi.CouponRule}s. */
    public CouponTemplate withRules(String... ruleNames) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, validity, totalStock,
                perCustomerLimit, stacking, refundPolicy, List.of(ruleNames));
    }

    /** This template with another refund policy. */
    public CouponTemplate withRefundPolicy(RefundPolicy policy) {
        return new CouponTemplate(tenantId, templateId, name, kind, threshold, amountOff, percentOff, cap, scope, validity, totalStock,
                perCustomerLimit, stacking, policy, rules);
    }
}
