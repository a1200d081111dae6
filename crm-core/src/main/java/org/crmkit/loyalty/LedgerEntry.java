package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One immutable line of an account's ledger.
 *
 * @param account the account
 * @param entryId unique id of the entry
 * @param sequence the entry's position in the account's ledger, increasing
 * @param type what happened
 * @param points how many points moved, positive
 * @param direction +1 if the points came into the account's balance, -1 if they left it (a committed
 *     hold's REDEEM too: the held points leave), 0 for movements between available and held (HOLD,
 *     HOLD_RELEASE); the signed points of all entries add up to available + pending + held
 * @param at when, from the injected clock
 * @param operationKey the idempotency key of the operation that wrote it
 * @param reason why, for people reading the statement
 * @param reference the order, review, case or reward this concerns, or null
 * @param actor who did it (a user id, {@code system}, a job name)
 * @param lots the lots it took points from or gave points to
 * @param availableAfter the available balance right after this entry
 * @since 0.1
 */
public record LedgerEntry(
        AccountRef account,
        String entryId,
        long sequence,
        EntryType type,
        long points,
        int direction,
        Instant at,
        String operationKey,
        String reason,
        @Nullable String reference,
        String actor,
        List<LotMovement> lots,
        long availableAfter) {

    /** Checks and normalises the components as the record's description says. */
    public LedgerEntry {
        checkNotNull(account, "account");
        checkNotNull(entryId, "entryId");
        checkNotNull(type, "type");
        checkArgument(points > 0, "an entry must move > 0 points but moved %s", points);
        checkArgument(direction >= -1 && direction <= 1, "direction must be -1, 0 or 1 but was %s", direction);
        checkNotNull(at, "at");
        checkNotNull(operationKey, "operationKey");
        checkNotNull(reason, "reason");
        checkNotNull(actor, "actor");
        lots = List.copyOf(lots);
    }

    /** The points with their sign: positive into the balance, negative out of it, 0 for moves within it. */
    public long signedPoints() {
        return direction * points;
    }
}
