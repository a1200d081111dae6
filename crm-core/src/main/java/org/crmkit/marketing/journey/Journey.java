package org.crmkit.marketing.journey;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.time.Instant;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A defined journey, as {@link DefineJourney} gave it.
 *
 * @param definedAt when it was first defined (defining it again keeps this time)
 * @since 0.2
 */
public record Journey(TenantId tenantId, String journeyId, JourneyTrigger trigger, int days, @Nullable BigDecimal threshold,
        @Nullable ProgrammeId programmeId, String channel, String content, @Nullable String couponTemplateId, int windowDays,
        Instant definedAt) {

    /** Checks the required parts. */
    public Journey {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(journeyId, "journeyId");
        checkNotNull(trigger, "trigger");
        checkNotNull(channel, "channel");
        checkNotNull(content, "content");
        checkNotNull(definedAt, "definedAt");
    }
}
