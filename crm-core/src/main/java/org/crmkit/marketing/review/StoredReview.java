package org.crmkit.marketing.review;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A review as the store keeps it for replays: the idempotency key that wrote it and the fingerprint
 * of that {@link WriteReview}.
 *
 * @param idempotencyKey the key it was written under, unique per tenant
 * @param fingerprint a digest of the command; a replay must match it
 * @param review the review
 * @since 0.2
 */
public record StoredReview(String idempotencyKey, String fingerprint, Review review) {

    /** Checks the components as the record's description says. */
    public StoredReview {
        checkNotNull(idempotencyKey, "idempotencyKey");
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(review, "review");
    }
}
