/**
 * Offers at checkout: coupons ({@code offer.coupon}), member prices and the checkout quote (this
 * package), the points mall ({@code offer.mall}) and stored-value cards ({@code offer.card}).
 *
 * <p>A basket is described once, as a {@link org.crmkit.offer.Cart} of {@link
 * org.crmkit.offer.CartLine}s at list price; every offer reads the same cart. The offer context
 * sits above customer, loyalty, tier and segment (it reads tiers, spends points and issues to
 * segments) and below commerce (a refund through the one door returns or voids the coupons an order
 * used).
 */
@NullMarked
package org.crmkit.offer;

import org.jspecify.annotations.NullMarked;
