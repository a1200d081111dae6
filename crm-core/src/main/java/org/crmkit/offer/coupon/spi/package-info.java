/**
 * Plug-ins of the coupon part: {@link org.crmkit.offer.coupon.spi.CouponRule}, an extra condition a
 * coupon template names by its rule's name.
 */
@NullMarked
package org.crmkit.offer.coupon.spi;

import org.jspecify.annotations.NullMarked;
