package org.crmkit.offer.card;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A receipt as the storage keeps it for replays, with the fingerprint of the request that made it.
 *
 * @param fingerprint a digest of the request; a replay must match it
 * @param receipt the receipt to return on replay
 * @since 0.2
 */
public record StoredCardReceipt(String fingerprint, CardReceipt receipt) {

    /** Checks the components. */
    public StoredCardReceipt {
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(receipt, "receipt");
    }
}
