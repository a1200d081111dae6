/**
 * The loyalty context (积分, 积分冲抵现金, 积分兑换, 京豆): points accounts, the append-only
 * ledger, lots with expiry, pending points, holds for cash offset at checkout, reward
 * redemption, reversal on refund, transfers, goodwill grants and manual adjustments.
 *
 * <p>{@link org.crmkit.loyalty.LoyaltyService} is the public API; {@link
 * org.crmkit.loyalty.PointsLedger} and {@link org.crmkit.loyalty.ProgrammeRepository} are its
 * ports.
 *
 * <h2>The ledger's invariants</h2>
 *
 * <ol>
 *   <li>An account's available balance equals the sum of the remaining amounts of its available,
 *       unexpired lots minus its debt; it is negative only when the programme allows debt.
 *   <li>Entries are append-only; a correction is a new entry.
 *   <li>Points credited (earned, granted, transferred in) = points debited (redeemed, expired,
 *       reversed, deducted, transferred out) + available + pending + held.
 *   <li>An idempotency key is used by one operation only; replaying it returns the first receipt.
 *   <li>A balance is one materialised row, whatever the length of the history.
 * </ol>
 */
@NullMarked
package org.crmkit.loyalty;

import org.jspecify.annotations.NullMarked;
