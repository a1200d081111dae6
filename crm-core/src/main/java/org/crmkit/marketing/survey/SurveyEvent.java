package org.crmkit.marketing.survey;

import org.crmkit.shared.DomainEvent;

/**
 * Events of marketing surveys. They carry codes, ids and points, never the answers.
 *
 * @since 0.2
 */
public sealed interface SurveyEvent extends DomainEvent permits SurveyDefined, SurveyAnswered {}
