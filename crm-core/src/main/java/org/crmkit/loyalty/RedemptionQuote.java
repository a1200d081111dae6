package org.crmkit.loyalty;

import org.crmkit.shared.Money;

/**
 * How many points an order may use at checkout.
 *
 * @param maxPoints the most points the order may use (0 if none), a multiple of the programme's {@code multipleOf}
 * @param cashValue what {@code maxPoints} pay
 * @param available the customer's available points
 * @param reason why the maximum is what it is, in words
 * @since 0.1
 */
public record RedemptionQuote(long maxPoints, Money cashValue, long available, String reason) {}
