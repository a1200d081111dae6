package org.crmkit.complaint;

import java.time.Instant;
import java.util.Map;
import java.util.OptionalDouble;
import org.crmkit.shared.TenantId;

/**
 * Figures for the cases opened in {@code [from, to)}.
 *
 * @param total cases opened
 * @param byType counts by type
 * @param byCategory counts by category code
 * @param byStatus counts by current status
 * @param slaCompliance the share of cases (cancelled ones left out) with no target breached as of {@code at}; empty without cases
 * @param timeToAcknowledge wall-clock time from opening to acknowledgement, of the acknowledged cases
 * @param timeToResolve wall-clock time from opening to the latest resolution, of the resolved cases
 * @param csatAverage the mean satisfaction score (1-5) of the rated cases; empty if none
 * @param csatCount how many cases were rated
 * @param nps the net promoter score (-100 to 100) of the opinion survey answers recorded in the
 *     period: % promoters minus % detractors; empty if none
 * @param npsCount how many answers
 * @param at when the report was made
 * @since 0.1
 */
public record CaseReport(
        TenantId tenantId, Instant from, Instant to, long total, Map<CaseType, Long> byType, Map<String, Long> byCategory,
        Map<CaseStatus, Long> byStatus, OptionalDouble slaCompliance, DurationStats timeToAcknowledge, DurationStats timeToResolve,
        OptionalDouble csatAverage, long csatCount, OptionalDouble nps, long npsCount, Instant at) {

    /** Checks and normalises the components as the record's description says. */
    public CaseReport {
        byType = Map.copyOf(byType);
        byCategory = Map.copyOf(byCategory);
        byStatus = Map.copyOf(byStatus);
    }
}
