package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A customer's answer to the opinion survey question "how likely are you to recommend us?"
 * (客户意见调查), outside any case.
 *
 * @param surveyKey the host's id of this answer; recording it again changes nothing
 * @param score 0 to 10: 9-10 promoters, 7-8 passives, 0-6 detractors
 * @param comment free text, or null
 * @param at when it was recorded
 * @since 0.1
 */
public record NpsResponse(TenantId tenantId, CustomerId customerId, String surveyKey, int score, @Nullable String comment, Instant at) {

    /** Checks and normalises the components as the record's description says. */
    public NpsResponse {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(customerId, "customerId");
        checkNotNull(surveyKey, "surveyKey");
        checkArgument(score >= 0 && score <= 10, "score must be 0 to 10 but was %s", score);
        checkNotNull(at, "at");
    }

    /** True for 9 and 10. */
    public boolean promoter() {
        return score >= 9;
    }

    /** True for 0 to 6. */
    public boolean detractor() {
        return score <= 6;
    }
}
