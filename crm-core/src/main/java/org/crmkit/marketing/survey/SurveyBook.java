package org.crmkit.marketing.survey;

import java.util.List;
import java.util.Optional;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.Page;
import org.crmkit.shared.PageRequest;
import org.crmkit.shared.TenantId;

/**
 * Port: marketing surveys and their responses. Every method joins the storage's current unit of
 * work; both inserts must be atomic "insert if absent", since one customer's concurrent responses
 * may run in parallel transactions.
 *
 * @since 0.2
 */
public interface SurveyBook {

    /** Stores a new survey; false (and nothing written) if its code is taken in the tenant. */
    boolean insertSurvey(Survey survey);

    /** The survey, if defined in the tenant. */
    Optional<Survey> survey(TenantId tenantId, String code);

    /** Stores a response; false (and nothing written) if the customer already answered the survey. */
    boolean insertResponse(StoredSurveyResponse response);

    /** The customer's response to the survey, if any. */
    Optional<StoredSurveyResponse> response(TenantId tenantId, String surveyCode, CustomerId customerId);

    /** The customer's responses to every survey, newest first. */
    List<SurveyResponse> responsesOf(TenantId tenantId, CustomerId customerId);

    /** A page of the survey's responses, in customer id order; the cursor is opaque. */
    Page<SurveyResponse> responses(TenantId tenantId, String surveyCode, PageRequest request);

    /** Replaces the text of each of the customer's free-text answers with {@link org.crmkit.shared.PersonalData#ERASED}. */
    void anonymise(TenantId tenantId, CustomerId customerId);
}
