package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A churn reason as the store keeps it for replays, with the fingerprint of the command that recorded it.
 *
 * @param fingerprint a digest of the {@link RecordChurnReason}; a replay must match it
 * @since 0.2
 */
public record StoredChurnReason(String fingerprint, ChurnReason reason) {

    /** Checks the components as the record's description says. */
    public StoredChurnReason {
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(reason, "reason");
    }
}
