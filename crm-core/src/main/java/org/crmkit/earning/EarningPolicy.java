package org.crmkit.earning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a programme's built-in rules earn points. Purchase points are computed as: base (paid
 * amount x {@code pointsPerUnit}, per order line x its category's multiplier), x the customer's
 * tier multiplier, then plug-in rules, then the per-order cap; running campaigns add their bonus
 * on top, within their own budgets and per-customer limits. The per-day cap limits everything a
 * day's purchases earn, campaign bonuses included (regular points first); the first-purchase
 * bonus comes on top of all caps.
 *
 * @param currency the currency of paid amounts
 * @param pointsPerUnit points per one unit of the currency paid (1 = one point per yuan), >= 0
 * @param categoryMultipliers multiplier per product category (absent: 1); keys of all three maps are 1 to 64 characters
 * @param productMultipliers multiplier per product (SKU), which wins over its category's (absent: the category's)
 * @param tierMultipliers multiplier per tier code (e.g. {@code gold} -> 1.5; absent: 1)
 * @param campaigns the campaigns
 * @param perOrderCap the most regular points one order earns, or null
 * @param perDayCap the most regular purchase points an account earns per calendar day, or null
 * @param bonuses fixed points per bonus event (absent: none)
 * @since 0.1
 */
public record EarningPolicy(
        Currency currency,
        BigDecimal pointsPerUnit,
        Map<String, BigDecimal> categoryMultipliers,
        Map<String, BigDecimal> productMultipliers,
        Map<String, BigDecimal> tierMultipliers,
        List<Campaign> campaigns,
        @Nullable Long perOrderCap,
        @Nullable Long perDayCap,
        Map<BonusEvent, Long> bonuses) {

    /** Checks and normalises the components as the record's description says. */
    public EarningPolicy {
        checkNotNull(currency, "currency");
        checkNotNull(pointsPerUnit, "pointsPerUnit");
        checkArgument(pointsPerUnit.signum() >= 0, "pointsPerUnit must be >= 0 but was %s", pointsPerUnit);
        categoryMultipliers = ImmutableMap.copyOf(checkNotNull(categoryMultipliers, "categoryMultipliers"));
        productMultipliers = ImmutableMap.copyOf(productMultipliers == null ? Map.of() : productMultipliers);
        tierMultipliers = ImmutableMap.copyOf(checkNotNull(tierMultipliers, "tierMultipliers"));
        categoryMultipliers.values().forEach(m -> checkArgument(m.signum() >= 0, "multipliers must be >= 0 but one was %s", m));
        productMultipliers.values().forEach(m -> checkArgument(m.signum() >= 0, "multipliers must be >= 0 but one was %s", m));
        tierMultipliers.values().forEach(m -> checkArgument(m.signum() >= 0, "multipliers must be >= 0 but one was %s", m));
        // keys as an order line may name them (SKUs and categories up to 64 characters); a store keeps them as map keys
        Stream.of(categoryMultipliers, productMultipliers, tierMultipliers).flatMap(m -> m.keySet().stream()).forEach(key -> checkArgument(
                !key.isBlank() && key.length() <= 64, "multiplier keys must be 1 to 64 characters, but one has %s", key.length()));
        campaigns = List.copyOf(checkNotNull(campaigns, "campaigns"));
        checkArgument(campaigns.stream().map(Campaign::id).distinct().count() == campaigns.size(), "campaign ids must be unique");
        checkArgument(perOrderCap == null || perOrderCap >= 0, "perOrderCap must be >= 0 but was %s", perOrderCap);
        checkArgument(perDayCap == null || perDayCap >= 0, "perDayCap must be >= 0 but was %s", perDayCap);
        Map<BonusEvent, Long> copy = new EnumMap<>(BonusEvent.class);
        copy.putAll(checkNotNull(bonuses, "bonuses"));
        copy.values().forEach(b -> checkArgument(b != null && b > 0, "bonuses must be > 0 but one was %s", b));
        bonuses = ImmutableMap.copyOf(copy);
    }

    /** {@code pointsPerUnit} points per unit of {@code currency}, nothing else. */
    public static EarningPolicy basic(Currency currency, BigDecimal pointsPerUnit) {
        return new EarningPolicy(currency, pointsPerUnit, Map.of(), Map.of(), Map.of(), List.of(), null, null, Map.of());
    }

    /** This policy with a category multiplier. */
    public EarningPolicy withCategoryMultiplier(String category, BigDecimal multiplier) {
        Map<String, BigDecimal> m = new HashMap<>(categoryMultipliers);
        m.put(category, multiplier);
        return new EarningPolicy(currency, pointsPerUnit, m, productMultipliers, tierMultipliers, campaigns, perOrderCap, perDayCap, bonuses);
    }

    /** This policy with a product (SKU) multiplier, which wins over the product's category multiplier. */
    public EarningPolicy withProductMultiplier(String sku, BigDecimal multiplier) {
        Map<String, BigDecimal> m = new HashMap<>(productMultipliers);
        m.put(sku, multiplier);
        return new EarningPolicy(currency, pointsPerUnit, categoryMultipliers, m, tierMultipliers, campaigns, perOrderCap, perDayCap, bonuses);
    }

    /** This policy with a tier multiplier. */
    public EarningPolicy withTierMultiplier(String tier, BigDecimal multiplier) {
        Map<String, BigDecimal> m = new HashMap<>(tierMultipliers);
        m.put(tier, multiplier);
        return new EarningPolicy(currency, pointsPerUnit, categoryMultipliers, productMultipliers, m, campaigns, perOrderCap, perDayCap, bonuses);
    }

    /** This policy with one more campaign. */
    public EarningPolicy withCampaign(Campaign campaign) {
        List<Campaign> c = new java.util.ArrayList<>(campaigns);
        c.add(campaign);
        return new EarningPolicy(currency, pointsPerUnit, categoryMultipliers, productMultipliers, tierMultipliers, c, perOrderCap, perDayCap, bonuses);
    }

    /** This policy with caps (null for none). */
    public EarningPolicy withCaps(@Nullable Long orderCap, @Nullable Long dayCap) {
        return new EarningPolicy(currency, pointsPerUnit, categoryMultipliers, productMultipliers, tierMultipliers, campaigns, orderCap, dayCap, bonuses);
    }

    /** This policy with a bonus for an event. */
    public EarningPolicy withBonus(BonusEvent event, long points) {
        Map<BonusEvent, Long> b = new EnumMap<>(BonusEvent.class);
        b.putAll(bonuses);
        b.put(event, points);
        return new EarningPolicy(currency, pointsPerUnit, categoryMultipliers, productMultipliers, tierMultipliers, campaigns, perOrderCap, perDayCap, b);
    }
}
