package org.crmkit.offer.coupon;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.crmkit.segment.Segment;
import org.crmkit.shared.TenantId;
import org.crmkit.shared.TextRules;

/**
 * Issues one coupon of a template to every member of a segment, shard {@code shard} of {@code
 * shards} (by customer id). Each customer's coupon is keyed by {@code issueKey} and the customer, so
 * a re-run, or another shard split of the same key, issues nobody a second coupon.
 *
 * @param issueKey 1 to 64 printable ASCII characters, naming this campaign
 * @param shard 0 to {@code shards - 1}
 * @param shards 1 to 1,024
 * @since 0.2
 */
public record IssueToSegment(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 64) String templateId,
        @NotNull Segment segment,
        @NotNull @Size(min = 1, max = 64) @Pattern(regexp = TextRules.PRINTABLE_ASCII, message = TextRules.PRINTABLE_ASCII_MESSAGE)
                String issueKey,
        @Min(0) int shard,
        @Positive @Max(1024) int shards) {}
