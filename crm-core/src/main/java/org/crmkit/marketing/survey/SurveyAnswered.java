package org.crmkit.marketing.survey;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer answered a survey.
 *
 * @param pointsAwarded the reward paid, or 0
 * @since 0.2
 */
public record SurveyAnswered(UUID eventId, Instant occurredAt, TenantId tenantId, String surveyCode, CustomerId customerId,
        long pointsAwarded) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return surveyCode;
    }
}
