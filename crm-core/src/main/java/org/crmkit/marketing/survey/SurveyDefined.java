package org.crmkit.marketing.survey;

import java.time.Instant;
import java.util.UUID;
import org.crmkit.shared.TenantId;

/**
 * A survey was defined.
 *
 * @param questions how many questions it has
 * @since 0.2
 */
public record SurveyDefined(UUID eventId, Instant occurredAt, TenantId tenantId, String surveyCode, int questions) implements SurveyEvent {

    @Override
    public String aggregateId() {
        return surveyCode;
    }
}
