package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer's response to a survey.
 *
 * @param answers the answers, in the order given; free text reads {@code [erased]} once the customer is erased
 * @param pointsAwarded the reward paid for it, or 0
 * @since 0.2
 */
public record SurveyResponse(TenantId tenantId, String surveyCode, CustomerId customerId, List<Answer> answers, long pointsAwarded,
        Instant respondedAt) {

    /** Checks and copies the components. */
    public SurveyResponse {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(surveyCode, "surveyCode");
        checkNotNull(customerId, "customerId");
        answers = ImmutableList.copyOf(answers);
        checkArgument(pointsAwarded >= 0, "pointsAwarded must be >= 0 but was %s", pointsAwarded);
        checkNotNull(respondedAt, "respondedAt");
    }
}
