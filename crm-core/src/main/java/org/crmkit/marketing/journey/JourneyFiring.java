package org.crmkit.marketing.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A journey fired for a customer in a window.
 *
 * @param window the window it used: {@code once} for a first-purchase journey, else {@code w} and the
 *     window's number
 * @param explanation why it fired, e.g. "P(alive) 0.21 (scored 2025-06-01T00:00:00Z) is below 0.30"
 * @param reason why the channel refused the message, or null
 * @since 0.2
 */
public record JourneyFiring(TenantId tenantId, String journeyId, CustomerId customerId, String window, Instant firedAt,
        FiringOutcome outcome, String explanation, @Nullable String reason) {

    /** Checks the required parts. */
    public JourneyFiring {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(journeyId, "journeyId");
        checkNotNull(customerId, "customerId");
        checkNotNull(window, "window");
        checkNotNull(firedAt, "firedAt");
        checkNotNull(outcome, "outcome");
        checkNotNull(explanation, "explanation");
    }
}
