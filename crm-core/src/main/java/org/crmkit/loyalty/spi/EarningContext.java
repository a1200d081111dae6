package org.crmkit.loyalty.spi;

import java.util.Optional;
import org.crmkit.loyalty.LoyaltyProgramme;
import org.crmkit.loyalty.PurchaseOrder;

/**
 * What an {@link EarningRule} sees of a purchase.
 *
 * @param programme the programme the points are for
 * @param order the purchase
 * @param runningTotal the regular points so far, before this rule
 * @param tier the customer's tier code, if the tier context knows it
 * @since 0.1
 */
public record EarningContext(LoyaltyProgramme programme, PurchaseOrder order, long runningTotal, Optional<String> tier) {}
