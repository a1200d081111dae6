package org.crmkit.marketing.review;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A customer's review of one line (one product) of an order they bought.
 *
 * @param reviewId the id crmkit gave it
 * @param orderId the order the product was bought in
 * @param sku the product reviewed, a line of that order
 * @param stars 1 to 5
 * @param text what the customer wrote ({@code [erased]} once the customer is erased)
 * @param status where moderation stands
 * @param moderationReason why it was last rejected or published, or null
 * @param programmeId the loyalty programme the order fed, where the review bonus goes, or null
 * @param pointsAwarded the review bonus credited (once, on first publication), 0 before or without one
 * @param writtenAt when it was written
 * @param moderatedAt when it was last moderated, or null
 * @param version 1 when written, one more on each moderation
 * @since 0.2
 */
public record Review(
        TenantId tenantId,
        String reviewId,
        CustomerId customerId,
        String orderId,
        String sku,
        int stars,
        String text,
        ReviewStatus status,
        @Nullable String moderationReason,
        @Nullable ProgrammeId programmeId,
        long pointsAwarded,
        Instant writtenAt,
        @Nullable Instant moderatedAt,
        long version) {

    /**
     * Checks the components as the record's description says.
     *
     * @throws IllegalArgumentException if the stars are outside 1 to 5 or the points or version negative
     */
    public Review {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(reviewId, "reviewId");
        checkNotNull(customerId, "customerId");
        checkNotNull(orderId, "orderId");
        checkNotNull(sku, "sku");
        checkArgument(stars >= 1 && stars <= 5, "stars must be 1 to 5 but was %s", stars);
        checkNotNull(text, "text");
        checkNotNull(status, "status");
        checkArgument(pointsAwarded >= 0, "pointsAwarded must be >= 0 but was %s", pointsAwarded);
        checkNotNull(writtenAt, "writtenAt");
        checkArgument(version >= 1, "version must be >= 1 but was %s", version);
    }

    /** This review moved to {@code next} at {@code at}, one version on. */
    Review moderated(ReviewStatus next, @Nullable String reason, long points, Instant at) {
        return new Review(tenantId, reviewId, customerId, orderId, sku, stars, text, next, reason, programmeId, points, writtenAt, at,
                version + 1);
    }
}
