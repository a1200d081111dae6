package org.crmkit.offer.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.crmkit.offer.Cart;
import org.crmkit.offer.CartLine;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.crmkit.tier.Tier;
import org.jspecify.annotations.Nullable;

/** The built-in member pricing: the tier's member-price discount off every line. */
final class TierDiscountPricing implements MemberPricing {

    static final TierDiscountPricing INSTANCE = new TierDiscountPricing();

    private TierDiscountPricing() {}

    @Override
    public String name() {
        return "tier-discount";
    }

    @Override
    public List<LinePrice> price(TenantId tenantId, CustomerId customerId, @Nullable Tier tier, Cart cart) {
        BigDecimal discount = tier == null ? BigDecimal.ZERO : tier.benefits().memberPriceDiscount();
        List<LinePrice> prices = new ArrayList<>(cart.lines().size());
        for (CartLine line : cart.lines()) {
            if (discount.signum() == 0) {
                prices.add(new LinePrice(line.unitPrice(), tier == null ? "list price: no tier" : "list price: " + tier.code() + " gives no member price"));
            } else {
                String percent = discount.movePointRight(2).stripTrailingZeros().toPlainString();
                prices.add(new LinePrice(line.unitPrice().times(BigDecimal.ONE.subtract(discount), RoundingMode.HALF_UP),
                        tier.code() + " member price: " + percent + "% off " + line.unitPrice().amount().toPlainString()));
            }
        }
        return prices;
    }
}
