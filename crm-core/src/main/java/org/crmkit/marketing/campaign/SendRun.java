package org.crmkit.marketing.campaign;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link SendCampaign} run did with its shard.
 *
 * @param sent messages the channel took
 * @param failed messages the channel refused
 * @param noConsent members skipped for want of consent to the channel
 * @param capped members skipped at the frequency cap
 * @param gone members skipped because they were erased or left the tenant
 * @param notBefore when the schedule or the quiet hours stopped the run (before it sent anything, or
 *     between two pages): the moment they allow sending again; null when the run sent everything due
 * @since 0.2
 */
public record SendRun(long sent, long failed, long noConsent, long capped, long gone, @Nullable Instant notBefore) {}
