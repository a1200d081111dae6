/**
 * The points mall (积分商城, 积分换购): a reward catalogue per tenant and loyalty programme, and
 * mall orders that spend points (and record a cash part the host collects) on its items.
 *
 * <p>Start at {@link org.crmkit.offer.mall.PointsMallService}, handed out by {@code Crm.mall()}.
 * Items are defined with {@link org.crmkit.offer.mall.DefineReward}; a customer redeems one with
 * {@link org.crmkit.offer.mall.RedeemReward}, which checks the item's window (in the tenant's
 * zone), tiers, per-customer limit and stock, then reserves the stock and spends the points in one
 * unit of work. An order then moves through {@link org.crmkit.offer.mall.MallOrderStatus}: a
 * digital item's code is issued at once, a shipped good waits for the host's {@link
 * org.crmkit.offer.mall.ShipMallOrder}; a {@link org.crmkit.offer.mall.CancelMallOrder} before
 * shipping refunds the points and restores the stock. The storage port is {@link
 * org.crmkit.offer.mall.PointsMall}.
 */
@NullMarked
package org.crmkit.offer.mall;

import org.jspecify.annotations.NullMarked;
