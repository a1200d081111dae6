package org.crmkit.jdbc;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.TimeRange;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;

/** A {@link CasePolicy} as the JSON document in crm_case_policy: the calendar as plain data. */
record CasePolicyDocument(Calendar calendar, SlaPolicy sla, RoutingTable routing, EscalationPolicy escalation,
        Map<String, Priority> priorityByTier, Duration reopenWindow, int reopenAtOrBelowScore, ProgrammeId tierProgramme) {

    /** A business calendar's data; rebuilt through its public builder, which checks it again. */
    record Calendar(String zone, boolean roundTheClock, Map<DayOfWeek, List<TimeRange>> weeklyHours, List<LocalDate> holidays,
            Map<LocalDate, List<TimeRange>> specialDays) {

        static Calendar of(BusinessCalendar c) {
            return new Calendar(c.zone().getId(), c.isRoundTheClock(), c.weeklyHours(), List.copyOf(c.holidays()), c.specialDays());
        }

        BusinessCalendar toCalendar() {
            ZoneId id = ZoneId.of(zone);
            if (roundTheClock) {
                return BusinessCalendar.roundTheClock(id);
            }
            BusinessCalendar.Builder builder = BusinessCalendar.builder(id);
            weeklyHours.forEach((day, ranges) -> ranges.forEach(range -> builder.hours(day, range)));
            holidays.forEach(builder::holiday);
            specialDays.forEach(builder::specialDay);
            return builder.build();
        }
    }

    static CasePolicyDocument of(CasePolicy p) {
        return new CasePolicyDocument(Calendar.of(p.calendar()), p.sla(), p.routing(), p.escalation(), p.priorityByTier(),
                p.reopenWindow(), p.reopenAtOrBelowScore(), p.tierProgramme());
    }

    CasePolicy toPolicy(TenantId tenantId) {
        return new CasePolicy(tenantId, calendar.toCalendar(), sla, routing, escalation, priorityByTier, reopenWindow,
                reopenAtOrBelowScore, tierProgramme);
    }
}
