package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.crmkit.shared.TenantId;

/**
 * A survey's results: how many customers responded, and each question's figures in the survey's order.
 *
 * @since 0.2
 */
public record SurveyResults(TenantId tenantId, String surveyCode, long responses, List<QuestionResult> questions) {

    /** Checks and copies the components. */
    public SurveyResults {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(surveyCode, "surveyCode");
        questions = ImmutableList.copyOf(questions);
    }
}
