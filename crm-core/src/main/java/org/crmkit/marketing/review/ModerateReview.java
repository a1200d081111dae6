package org.crmkit.marketing.review;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A moderator publishes or rejects a review.
 *
 * @param decision {@link ReviewStatus#PUBLISHED} or {@link ReviewStatus#REJECTED}
 * @param reason why, up to 500 characters on one line; required to reject
 * @param moderator the staff member deciding, 1 to 64 characters
 * @since 0.2
 */
public record ModerateReview(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String reviewId,
        @NotNull ReviewStatus decision,
        @Size(max = 500) @Pattern(regexp = TextRules.SINGLE_LINE, message = TextRules.SINGLE_LINE_MESSAGE) @Nullable String reason,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String moderator) {

    /** Publishes the review. */
    public static ModerateReview publish(TenantId tenantId, String reviewId, String moderator) {
        return new ModerateReview(tenantId, reviewId, ReviewStatus.PUBLISHED, null, moderator);
    }

    /** Rejects the review for {@code reason}. */
    public static ModerateReview reject(TenantId tenantId, String reviewId, String reason, String moderator) {
        return new ModerateReview(tenantId, reviewId, ReviewStatus.REJECTED, reason, moderator);
    }
}
