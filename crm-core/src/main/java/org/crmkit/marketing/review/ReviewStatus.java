package org.crmkit.marketing.review;

/**
 * Where a review stands in moderation. Only published reviews are shown and counted in ratings.
 *
 * @since 0.2
 */
public enum ReviewStatus {
    /** Written, waiting for a moderator; not shown. */
    PENDING,
    /** Approved: shown and counted in the product's rating. */
    PUBLISHED,
    /** Refused with a reason (abuse, advertising, off-topic); not shown, not counted. */
    REJECTED
}
