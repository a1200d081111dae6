package org.crmkit.customer;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * The customer's latest marketing decision for one channel.
 *
 * @param channel the channel
 * @param granted true if given, false if withdrawn
 * @param decidedAt when it was given or withdrawn
 * @since 0.1
 */
public record Consent(MarketingChannel channel, boolean granted, Instant decidedAt) {

    /** Checks and normalises the components as the record's description says. */
    public Consent {
        checkNotNull(channel, "channel");
        checkNotNull(decidedAt, "decidedAt");
    }
}
