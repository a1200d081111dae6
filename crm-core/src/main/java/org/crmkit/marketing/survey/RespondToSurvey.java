package org.crmkit.marketing.survey;

import com.google.common.collect.ImmutableList;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;

/**
 * A customer answers a survey: one response per customer and survey. Sending the same response
 * again returns the first and changes nothing.
 *
 * @param surveyCode the survey
 * @param answers 1 to 50 answers, at most one per question, each of its question's type
 * @since 0.2
 */
public record RespondToSurvey(
        @NotNull TenantId tenantId,
        @NotNull @Size(min = 1, max = 40) String surveyCode,
        @NotNull CustomerId customerId,
        @NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Answer> answers) {

    /** Copies the answers. */
    public RespondToSurvey {
        answers = answers == null ? null : ImmutableList.copyOf(answers);
    }

    /** The customer's answers to the survey. */
    public static RespondToSurvey of(TenantId tenantId, String surveyCode, CustomerId customerId, Answer... answers) {
        return new RespondToSurvey(tenantId, surveyCode, customerId, List.of(answers));
    }
}
