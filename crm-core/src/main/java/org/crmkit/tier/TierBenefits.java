package org.crmkit.tier;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What a tier gives its members. The host reads these; the loyalty context uses the points
 * multiplier for purchases.
 *
 * @param pointsMultiplier multiplier on purchase points, >= 0 (1.5 for gold)
 * @param memberPriceDiscount member-price discount rate in [0, 1) (0.05 = 5% off)
 * @param freeShipping whether shipping is free
 * @param complaintPriority 1 (highest) to 4, used by the complaint context
 * @param attributes custom attributes for the host, sorted by key
 * @since 0.1
 */
public record TierBenefits(
        BigDecimal pointsMultiplier, BigDecimal memberPriceDiscount, boolean freeShipping, int complaintPriority, Map<String, String> attributes) {

    /** No multiplier, no discount, standard priority. */
    public static final TierBenefits NONE = new TierBenefits(BigDecimal.ONE, BigDecimal.ZERO, false, 4, Map.of());

    /** Checks and normalises the components as the record's description says. */
    public TierBenefits {
        checkNotNull(pointsMultiplier, "pointsMultiplier");
        checkArgument(pointsMultiplier.signum() >= 0, "pointsMultiplier must be >= 0 but was %s", pointsMultiplier);
        checkNotNull(memberPriceDiscount, "memberPriceDiscount");
        checkArgument(memberPriceDiscount.signum() >= 0 && memberPriceDiscount.compareTo(BigDecimal.ONE) < 0,
                "memberPriceDiscount must be in [0, 1) but was %s", memberPriceDiscount);
        checkArgument(complaintPriority >= 1 && complaintPriority <= 4, "complaintPriority must be 1 to 4 but was %s", complaintPriority);
        attributes = ImmutableSortedMap.copyOf(attributes == null ? Map.of() : attributes);
    }

    /** These benefits with another points multiplier. */
    public TierBenefits withPointsMultiplier(String multiplier) {
        return new TierBenefits(new BigDecimal(multiplier), memberPriceDiscount, freeShipping, complaintPriority, attributes);
    }
}
