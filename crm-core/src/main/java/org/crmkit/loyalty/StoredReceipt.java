package org.crmkit.loyalty;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A receipt as the ledger keeps it for replays, with the fingerprint of the request that made it.
 *
 * @param fingerprint a digest of the request; a replay must match it
 * @param receipt the receipt to return on replay
 * @since 0.1
 */
public record StoredReceipt(String fingerprint, PointsReceipt receipt) {

    /** Checks and normalises the components as the record's description says. */
    public StoredReceipt {
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(receipt, "receipt");
    }
}
