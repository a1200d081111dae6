package org.crmkit.complaint;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/**
 * How a tenant runs its cases. A tenant without one gets {@link #defaults}.
 *
 * @param calendar the working time SLA clocks count (or round the clock)
 * @param sla targets per type × priority, overridable per tier
 * @param routing who gets new cases
 * @param escalation settings of the built-in escalation rules
 * @param priorityByTier the priority of a case whose command names none, by the customer's tier
 *     code (1 to 32 of {@code [a-z0-9_-]}); others get {@link Priority#P3}
 * @param reopenWindow how long after resolution a case may be reopened (wall-clock time)
 * @param reopenAtOrBelowScore a satisfaction score at or below which a resolved case reopens by
 *     itself within the window; 0 never reopens
 * @param tierProgramme the loyalty programme whose tier ladder gives customers' tiers
 * @since 0.1
 */
public record CasePolicy(
        TenantId tenantId, BusinessCalendar calendar, SlaPolicy sla, RoutingTable routing, EscalationPolicy escalation,
        Map<String, Priority> priorityByTier, Duration reopenWindow, int reopenAtOrBelowScore, ProgrammeId tierProgramme) {

    /** A week. */
    public static final Duration DEFAULT_REOPEN_WINDOW = Duration.ofDays(7);

    /** Checks and normalises the components as the record's description says. */
    public CasePolicy {
        checkNotNull(tenantId, "tenantId");
        checkNotNull(calendar, "calendar");
        checkNotNull(sla, "sla");
        checkNotNull(routing, "routing");
        checkNotNull(escalation, "escalation");
        priorityByTier = Map.copyOf(priorityByTier);
        // tier codes as a ladder's Tier allows them; a store keeps them as map keys, which must stay short to be read back
        priorityByTier.keySet().forEach(code -> checkArgument(code.matches("[a-z0-9_-]{1,32}"),
                "priorityByTier must name tier codes of 1 to 32 of [a-z0-9_-], but one of its %s characters is not", code.length()));
        checkNotNull(reopenWindow, "reopenWindow");
        checkArgument(!reopenWindow.isNegative(), "reopenWindow must not be negative but was %s", reopenWindow);
        checkArgument(reopenAtOrBelowScore >= 0 && reopenAtOrBelowScore <= 5, "reopenAtOrBelowScore must be 0 to 5 but was %s",
                reopenAtOrBelowScore);
        checkNotNull(tierProgramme, "tierProgramme");
    }

    /**
     * Round-the-clock SLA clocks in {@code zone} with {@link SlaPolicy#DEFAULT} targets, everything
     * to the {@code service} queue, default escalation, P3 for all, a week to reopen, no reopen on a
     * low score, tiers from the default programme.
     */
    public static CasePolicy defaults(TenantId tenantId, ZoneId zone) {
        return new CasePolicy(tenantId, BusinessCalendar.roundTheClock(zone), SlaPolicy.DEFAULT, RoutingTable.DEFAULT,
                EscalationPolicy.DEFAULT, Map.of(), DEFAULT_REOPEN_WINDOW, 0, ProgrammeId.DEFAULT);
    }

    /** This policy on another calendar. */
    public CasePolicy withCalendar(BusinessCalendar newCalendar) {
        return new CasePolicy(tenantId, newCalendar, sla, routing, escalation, priorityByTier, reopenWindow, reopenAtOrBelowScore,
                tierProgramme);
    }

    /** This policy with other service levels. */
    public CasePolicy withSla(SlaPolicy newSla) {
        return new CasePolicy(tenantId, calendar, newSla, routing, escalation, priorityByTier, reopenWindow, reopenAtOrBelowScore,
                tierProgramme);
    }

    /** This policy with another routing table. */
    public CasePolicy withRouting(RoutingTable newRouting) {
        return new CasePolicy(tenantId, calendar, sla, newRouting, escalation, priorityByTier, reopenWindow, reopenAtOrBelowScore,
                tierProgramme);
    }

    /** This policy with other escalation settings. */
    public CasePolicy withEscalation(EscalationPolicy newEscalation) {
        return new CasePolicy(tenantId, calendar, sla, routing, newEscalation, priorityByTier, reopenWindow, reopenAtOrBelowScore,
                tierProgramme);
    }

    /** This policy with default priorities per tier code. */
    public CasePolicy withPriorityByTier(Map<String, Priority> newPriorityByTier) {
        return new CasePolicy(tenantId, calendar, sla, routing, escalation, newPriorityByTier, reopenWindow, reopenAtOrBelowScore,
                tierProgramme);
    }

    /** This policy with another reopen window and low-score reopen threshold (0 for none). */
    public CasePolicy withReopen(Duration window, int atOrBelowScore) {
        return new CasePolicy(tenantId, calendar, sla, routing, escalation, priorityByTier, window, atOrBelowScore, tierProgramme);
    }

    /** This policy reading tiers from another programme's ladder. */
    public CasePolicy withTierProgramme(ProgrammeId programme) {
        return new CasePolicy(tenantId, calendar, sla, routing, escalation, priorityByTier, reopenWindow, reopenAtOrBelowScore, programme);
    }

    /** The priority for a case whose command names none. */
    public Priority defaultPriority(String tierCode) {
        return tierCode == null ? Priority.P3 : priorityByTier.getOrDefault(tierCode, Priority.P3);
    }
}
