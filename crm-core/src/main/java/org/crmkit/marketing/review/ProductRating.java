package org.crmkit.marketing.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.crmkit.shared.TenantId;

/**
 * A product's rating over its published reviews, kept up to date as reviews are published and
 * rejected, so reading it costs one row.
 *
 * @param sku the product
 * @param byStars how many published reviews gave 1, 2, 3, 4 and 5 stars (five counts, in that order)
 * @since 0.2
 */
public record ProductRating(TenantId tenantId, String sku, List<Long> byStars) {

    /**
     * Checks and copies the counts.
     *
     * @throws IllegalArgumentException unless there are five counts, none negative
     */
    public ProductRating {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(sku, "sku");
        byStars = ImmutableList.copyOf(byStars);
        checkArgument(byStars.size() == 5, "byStars must hold five counts but held %s", byStars.size());
        checkArgument(byStars.stream().allMatch(n -> n >= 0), "byStars must not be negative but was %s", byStars);
    }

    /** A product with no published review. */
    public static ProductRating none(TenantId tenantId, String sku) {
        return new ProductRating(tenantId, sku, List.of(0L, 0L, 0L, 0L, 0L));
    }

    /** How many published reviews. */
    public long reviews() {
        return byStars.stream().mapToLong(Long::longValue).sum();
    }

    /** The mean of the stars, to two decimals (half up), or zero without a review. */
    public BigDecimal average() {
        long count = reviews();
        if (count == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        long sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * byStars.get(i);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
