package org.crmkit.marketing.survey;

/**
 * How a question is answered.
 *
 * @since 0.2
 */
public enum AnswerType {
    /** Exactly one of the question's options. */
    SINGLE_CHOICE,
    /** One or more distinct options of the question's options. */
    MULTIPLE_CHOICE,
    /** A score from 1 to the question's scale maximum (2 to 10), e.g. 1-5 stars. */
    RATING,
    /** Text of 1 to {@value Answer#MAX_TEXT} characters; personal data, erased with the customer. */
    FREE_TEXT,
    /** Net Promoter Score: 0 to 10, how likely the customer is to recommend. */
    NPS
}
