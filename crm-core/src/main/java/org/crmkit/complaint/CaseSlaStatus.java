package org.crmkit.complaint;

import java.time.Instant;
import java.util.List;

/**
 * A case's SLA targets as they stand at {@code at}.
 *
 * @param state the worst state of the readings: breached, at risk (a running target past the
 *     tenant's at-risk share) or on track
 * @param readings acknowledge, first response, resolve
 * @since 0.1
 */
public record CaseSlaStatus(CaseId caseId, Instant at, SlaState state, List<SlaReading> readings) {

    /** Checks and normalises the components as the record's description says. */
    public CaseSlaStatus {
        readings = List.copyOf(readings);
    }

    /** The reading of one metric. */
    public SlaReading of(SlaMetric metric) {
        return readings.stream().filter(r -> r.metric() == metric).findFirst().orElseThrow();
    }
}
