package org.crmkit.offer.coupon;

/**
 * What an {@link IssueToSegment} run did.
 *
 * @param members members of the segment in the shard
 * @param issued coupons issued by this run
 * @param alreadyIssued members an earlier run of the same key had issued to
 * @param atLimit members left out because they reached the template's per-customer limit
 * @param outOfStock members left out because the template's stock ran out
 * @since 0.2
 */
public record SegmentIssue(long members, long issued, long alreadyIssued, long atLimit, long outOfStock) {}
