/**
 * Stored-value cards: gift cards (京东礼品卡), fuel cards (加油卡) and e-accounts (电子账), each a
 * money balance in one currency kept by an append-only ledger with the points ledger's invariants.
 *
 * <p>Use {@link org.crmkit.offer.card.StoredValueService}, from {@code Crm.storedValue()}: issue a
 * card with an initial balance, top it up, pay from it, refund a payment (partially, as often as
 * needed, never more than the payment took), transfer between two cards of one tenant and
 * currency, and expire due cards in a sharded batch. Every money operation carries an idempotency
 * key unique per tenant: replaying it returns the first receipt and changes nothing; the same key
 * with other content is refused.
 *
 * <p>The ledger's invariants, for every tenant and currency, under any interleaving:
 *
 * <ol>
 *   <li>a balance is never negative;
 *   <li>entries are only appended (a correction is a new entry);
 *   <li>issued + topped up = paid - refunded + expired + balances (transfers move money between
 *       cards and cancel out), on every card and so for every tenant and currency;
 *   <li>one idempotency key never writes two sets of entries;
 *   <li>a balance is one row, read at the same cost whatever the card's history.
 * </ol>
 */
@NullMarked
package org.crmkit.offer.card;

import org.jspecify.annotations.NullMarked;
