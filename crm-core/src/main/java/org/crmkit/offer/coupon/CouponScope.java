package org.crmkit.offer.coupon;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.crmkit.offer.CartLine;
import org.jspecify.annotations.Nullable;

/**
 * What a coupon applies to. A line is in scope if the coupon names neither categories nor products
 * (order-wide), or if it names the line's category or product (sku). A customer is eligible if the
 * coupon names no tier codes or names the customer's tier.
 *
 * @param categories categories the coupon applies to, at most 100; empty for any
 * @param skus products the coupon applies to, at most 1,000; empty for any
 * @param tierCodes tiers whose members may use the coupon, at most 20; empty for everyone
 * @since 0.2
 */
public record CouponScope(
        @NotNull @Size(max = 100) Set<@NotNull @Size(min = 1, max = 64) String> categories,
        @NotNull @Size(max = 1000) Set<@NotNull @Size(min = 1, max = 64) String> skus,
        @NotNull @Size(max = 20) Set<@NotNull @Size(min = 1, max = 64) String> tierCodes) {

    /** Every product, every customer. */
    public static final CouponScope ALL = new CouponScope(Set.of(), Set.of(), Set.of());

    /** Copies the sets. */
    public CouponScope {
        categories = categories == null ? null : Set.copyOf(categories);
        skus = skus == null ? null : Set.copyOf(skus);
        tierCodes = tierCodes == null ? null : Set.copyOf(tierCodes);
    }

    /** Products of the given categories, every customer. */
    public static CouponScope categories(String... categories) {
        return new CouponScope(Set.of(categories), Set.of(), Set.of());
    }

    /** The given products (skus), every customer. */
    public static CouponScope skus(String... skus) {
        return new CouponScope(Set.of(), Set.of(skus), Set.of());
    }

    /** This scope, for members of the given tiers only. */
    public CouponScope forTiers(String... tierCodes) {
        return new CouponScope(categories, skus, Set.of(tierCodes));
    }

    /** Whether the coupon applies to every line (names no category or product). */
    public boolean orderWide() {
        return categories.isEmpty() && skus.isEmpty();
    }

    /** Whether {@code line} is in scope. */
    public boolean covers(CartLine line) {
        return orderWide() || skus.contains(line.sku()) || (line.category() != null && categories.contains(line.category()));
    }

    /** Whether a member of tier {@code tierCode} (null: no tier) may use the coupon. */
    public boolean admits(@Nullable String tierCode) {
        return tierCodes.isEmpty() || (tierCode != null && tierCodes.contains(tierCode));
    }
}
