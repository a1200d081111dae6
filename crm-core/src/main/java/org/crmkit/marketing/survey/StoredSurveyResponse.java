package org.crmkit.marketing.survey;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A response as the store keeps it for replays, with the fingerprint of the {@link RespondToSurvey} that made it.
 *
 * @param fingerprint a digest of the command; a replay must match it
 * @param response the response
 * @since 0.2
 */
public record StoredSurveyResponse(String fingerprint, SurveyResponse response) {

    /** Checks the components as the record's description says. */
    public StoredSurveyResponse {
        checkNotNull(fingerprint, "fingerprint");
        checkNotNull(response, "response");
    }
}
