package org.crmkit.marketing.campaign;

import java.math.BigDecimal;
import java.time.Instant;
import org.crmkit.shared.Money;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's response and uplift over its attribution window. See {@link Uplift} for the statistics.
 *
 * @param attributionFrom the launch: purchases count from here (inclusive)
 * @param attributionUntil the tenant's midnight where the window ends (exclusive)
 * @param target the target group: every customer not held out, whether the send reached them or not
 *     (an intention-to-treat estimate, so that skipped sends cannot bias it)
 * @param control the control group
 * @param sent messages the channel took; {@code failed}, {@code noConsent}, {@code capped}, {@code
 *     gone} and {@code pending} the other target members by status
 * @param redemptions coupons of the campaign used on an order (0 for other offers)
 * @param offerCost what the offer cost: the used coupons' discounts, or the points granted times the point value
 * @param roi (incremental revenue - offer cost) / offer cost, to 4 decimal places half-even; null when the offer cost nothing
 * @since 0.2
 */
public record CampaignReport(
        String campaignId,
        Instant attributionFrom,
        Instant attributionUntil,
        GroupResult target,
        GroupResult control,
        long sent,
        long failed,
        long noConsent,
        long capped,
        long gone,
        long pending,
        long redemptions,
        Uplift uplift,
        Money offerCost,
        @Nullable BigDecimal roi) {

    /** Redemptions over messages sent; 0 when none was sent. */
    public double redemptionRate() {
        return sent == 0 ? 0 : (double) redemptions / sent;
    }
}
