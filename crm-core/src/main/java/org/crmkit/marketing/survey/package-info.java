/**
 * Marketing surveys (发放调查报告、有奖参与调查): a survey of several questions with typed answers
 * (single choice, multiple choice, rating scale, free text, NPS 0-10), one response per customer,
 * an optional points reward paid once on completion, and results per question.
 *
 * <p>Start at {@link org.crmkit.marketing.survey.SurveyService}, handed out by {@code Crm.surveys()}.
 * Define a survey with {@link org.crmkit.marketing.survey.DefineSurvey}; a customer answers it with
 * {@link org.crmkit.marketing.survey.RespondToSurvey}. The storage port is {@link
 * org.crmkit.marketing.survey.SurveyBook}; free-text answers are personal data ({@link
 * org.crmkit.marketing.survey.SurveyPersonalData}). The complaint context's CSAT and NPS after a
 * case ({@code crm.complaints()}) are separate and unchanged.
 */
@NullMarked
package org.crmkit.marketing.survey;

import org.jspecify.annotations.NullMarked;
