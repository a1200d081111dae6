package org.crmkit.tier;

import java.time.LocalDate;

/**
 * What a batch assessment did.
 *
 * @param date the assessment day
 * @param examined members of the shard examined
 * @param downgraded members moved down
 * @param upgraded members moved up (after a ladder change)
 * @param retained members below their tier's threshold but kept by retention
 * @param alreadyDone members this assessment day had already been applied to (a re-run)
 * @since 0.1
 */
public record AssessmentReport(LocalDate date, long examined, long downgraded, long upgraded, long retained, long alreadyDone) {}
