/**
 * The purchase history (既成价值): paid orders, refunds and cancellations as {@link
 * org.crmkit.value.history.RecordPurchase}, {@link org.crmkit.value.history.RecordRefund} and
 * {@link org.crmkit.value.history.CancelOrder}, the stored {@link org.crmkit.value.history.Purchase}
 * and each customer's {@link org.crmkit.value.history.PurchaseSummary}, the {@link
 * org.crmkit.value.history.Purchases} port that stores them, and the context's events. Every value
 * figure is computed from this history.
 */
@NullMarked
package org.crmkit.value.history;

import org.jspecify.annotations.NullMarked;
