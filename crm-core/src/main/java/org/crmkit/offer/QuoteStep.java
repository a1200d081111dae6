package org.crmkit.offer;

import org.crmkit.shared.Money;

/**
 * One step of a checkout quote, in the order the quote applied it: what it took off the amount to
 * pay and why.
 *
 * @param kind which offer: {@code MEMBER_PRICE}, {@code COUPON}, {@code SHIPPING} or {@code POINTS}
 * @param reduction what this step took off, not negative (for {@code POINTS}: the cash the points pay)
 * @param remaining what was left to pay after this step, shipping included
 * @param explanation why, in words
 * @since 0.2
 */
public record QuoteStep(String kind, Money reduction, Money remaining, String explanation) {}
