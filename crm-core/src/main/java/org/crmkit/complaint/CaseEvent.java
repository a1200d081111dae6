package org.crmkit.complaint;

import org.crmkit.shared.DomainEvent;

/**
 * Events of the complaint context. Each status change emits exactly one event: {@link
 * CaseAcknowledged}, {@link CaseResolved} or {@link CaseReopened} for those moves, {@link
 * CaseStatusChanged} for the others. Ids and facts only, no personal data.
 *
 * @since 0.1
 */
public sealed interface CaseEvent extends DomainEvent permits CaseOpened, CaseAcknowledged, CaseStatusChanged, CaseResponded, CaseAssigned,
        CaseEscalated, SlaAtRisk, SlaBreached, CaseResolved, CaseReopened, SatisfactionRecorded {

    /** The case. */
    CaseId caseId();

    /** Its number. */
    String number();

    @Override
    default String aggregateId() {
        return caseId().value();
    }
}
