package org.crmkit.offer.spi;

import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.Tier;
import org.jspecify.annotations.Nullable;

/**
 * SPI: the member's price of each line of a cart (Suning's 会员价), with the reason. The checkout
 * quote applies it first, before coupons and points.
 *
 * <p>The built-in, {@link #tierDiscount()}, takes the member-price discount of the customer's
 * current tier ({@code TierBenefits.memberPriceDiscount()}) off every line. A platform with its own
 * price lists (a member price per product, a price per tier) implements this interface and passes
 * it to {@code Crm.builder().memberPricing(...)}, or lists it in {@code
 * META-INF/services/org.crmkit.offer.spi.MemberPricing}.
 *
 * <p>An implementation must return one price per line, in the cart's order and currency, between
 * zero and the line's list price; the checkout refuses anything else with an {@link
 * IllegalStateException} naming the plug-in. It runs inside the checkout's unit of work and must not
 * write.
 *
 * @since 0.2
 */
public interface MemberPricing {

    /** A short name for explanations and errors, e.g. {@code tier-discount}. */
    String name();

    /**
     * The member's unit price of each line of {@code cart}.
     *
     * @param tenantId the tenant
     * @param customerId the buyer
     * @param tier the buyer's current tier in the checkout's programme, or null if the buyer has none
     * @param cart the basket at list price
     * @return one price per line, in the cart's order
     */
    List<LinePrice> price(TenantId tenantId, CustomerId customerId, @Nullable Tier tier, Cart cart);

    /**
     * The built-in: every line at its list price less the tier's member-price discount, rounded
     * half up to the currency's fraction digits; the list price for a customer without a tier or
     * with a tier that gives no discount.
     */
    static MemberPricing tierDiscount() {
        return TierDiscountPricing.INSTANCE;
    }
}
