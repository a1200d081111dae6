/**
 * Reviews and ratings (评价): a customer's 1-5 stars and text on an order line they really bought,
 * moderated before anyone sees it, rewarded once per order line with the loyalty programme's review
 * bonus, and summed into a rating per product over its published reviews.
 *
 * <p>Start at {@link org.crmkit.marketing.review.ReviewService}, handed out by {@code Crm.reviews()}.
 * A customer writes a review with {@link org.crmkit.marketing.review.WriteReview}; it waits as
 * {@link org.crmkit.marketing.review.ReviewStatus#PENDING} until a moderator's {@link
 * org.crmkit.marketing.review.ModerateReview} publishes or rejects it (with a reason). The storage
 * port is {@link org.crmkit.marketing.review.Reviews}; the review text is personal data ({@link
 * org.crmkit.marketing.review.ReviewPersonalData}).
 */
@NullMarked
package org.crmkit.marketing.review;

import org.jspecify.annotations.NullMarked;
