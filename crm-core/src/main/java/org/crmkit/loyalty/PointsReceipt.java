package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.List;
import org.crmkit.earning.Contribution;
import org.jspecify.annotations.Nullable;

/**
 * What a ledger operation did. Replaying the operation's idempotency key returns this same
 * receipt and changes nothing.
 *
 * @param operationKey the idempotency key
 * @param operation what kind of operation, e.g. {@code EARN_PURCHASE}, {@code HOLD}, {@code REFUND}
 * @param account the account it acted on (for a transfer: the giver's)
 * @param points the points it moved (0 if nothing was due, e.g. a refund of a fully spent order under REPORT_SHORTFALL)
 * @param holdId the hold it created or acted on, or null
 * @param shortfall points a refund could not claw back (REPORT_SHORTFALL and TAKE_FROM_OTHER_LOTS), else 0
 * @param entryIds the ledger entries it wrote
 * @param availableAfter the account's available balance right after it
 * @param explanation what each earning rule contributed (purchases and bonuses), else empty
 * @param at when it ran
 * @since 0.1
 */
public record PointsReceipt(
        String operationKey,
        String operation,
        AccountRef account,
        long points,
        @Nullable String holdId,
        long shortfall,
        List<String> entryIds,
        long availableAfter,
        List<Contribution> explanation,
        Instant at) {

    /** Checks and normalises the components as the record's description says. */
    public PointsReceipt {
        checkNotNull(operationKey, "operationKey");
        checkNotNull(operation, "operation");
        checkNotNull(account, "account");
        entryIds = List.copyOf(entryIds);
        explanation = List.copyOf(explanation);
        checkNotNull(at, "at");
    }
}
