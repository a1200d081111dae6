package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.BusinessCalendar;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CasePolicies;
import org.crmkit.complaint.CasePolicy;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.EscalationPolicy;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.RoutingRule;
import org.crmkit.complaint.RoutingTable;
import org.crmkit.complaint.SlaPolicy;
import org.crmkit.complaint.SlaRule;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.complaint.TimeRange;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CasePolicies}: one policy per tenant, read back field for field, replaced
 * by the next save, taking part in the unit of work, and never seen from another tenant.
 */
public abstract class CasePoliciesPortContract extends PortContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void every_field_of_a_fully_described_policy_survives_the_round_trip() {
        // given
        CasePolicy policy = fullyDescribed(tenant);

        // when
        run(() -> policies().save(policy));

        // then
        CasePolicy stored = find(tenant).orElseThrow();
        assertThat(stored).isEqualTo(policy);
        assertThat(stored.calendar().weeklyHours()).isEqualTo(policy.calendar().weeklyHours());
        assertThat(stored.calendar().holidays()).containsExactlyElementsOf(policy.calendar().holidays());
        assertThat(stored.calendar().specialDays()).isEqualTo(policy.calendar().specialDays());
    }

    @Test
    void the_default_round_the_clock_policy_survives_the_round_trip() {
        // given
        CasePolicy policy = CasePolicy.defaults(tenant, ZoneId.of("Europe/London"));

        // when
        run(() -> policies().save(policy));

        // then
        assertThat(find(tenant)).contains(policy);
        assertThat(find(tenant).orElseThrow().calendar().isRoundTheClock()).isTrue();
    }

    @Test
    void a_tenant_that_saved_no_policy_has_none() {
        // when / then
        assertThat(find(tenant)).isEmpty();
    }

    @Test
    void a_policy_is_not_found_from_another_tenant_and_does_not_replace_its_policy() {
        // given
        TenantId neighbour = Tenants.fresh();
        CasePolicy theirs = CasePolicy.defaults(neighbour, SHANGHAI).withReopen(Duration.ofDays(2), 2);
        run(() -> policies().save(theirs));

        // when
        run(() -> policies().save(fullyDescribed(tenant)));

        // then
        assertThat(find(neighbour)).contains(theirs);
        assertThat(find(Tenants.fresh())).isEmpty();
    }

    @Test
    void saving_again_replaces_the_tenants_policy() {
        // given
        run(() -> policies().save(fullyDescribed(tenant)));
        CasePolicy replacement = CasePolicy.defaults(tenant, SHANGHAI);

        // when
        run(() -> policies().save(replacement));

        // then
        assertThat(find(tenant)).contains(replacement);
    }

    @Test
    void a_save_in_a_unit_of_work_that_fails_is_undone() {
        // given
        CasePolicy first = CasePolicy.defaults(tenant, SHANGHAI);
        run(() -> policies().save(first));

        // when
        runAndRollBack(() -> policies().save(fullyDescribed(tenant)));

        // then
        assertThat(find(tenant)).contains(first);
    }

    /** Every field away from its default: split working days, holidays, make-up days, rules of every kind, Chinese team names. */
    static CasePolicy fullyDescribed(TenantId tenantId) {
        TimeRange morning = TimeRange.of(LocalTime.of(9, 0), LocalTime.of(12, 0));
        TimeRange afternoon = TimeRange.of(LocalTime.of(13, 30), LocalTime.of(18, 0));
        BusinessCalendar calendar = BusinessCalendar.builder(SHANGHAI)
                .weekdays(morning).weekdays(afternoon)
                .hours(DayOfWeek.SATURDAY, TimeRange.of(LocalTime.of(10, 0, 0, 500_000_000), LocalTime.MIDNIGHT))
                .holiday(LocalDate.of(2025, 10, 1)).holiday(LocalDate.of(2025, 1, 29)).holiday(LocalDate.of(2025, 10, 2))
                .specialDay(LocalDate.of(2025, 9, 28), List.of(morning, afternoon))
                .specialDay(LocalDate.of(2025, 1, 26), List.of(TimeRange.wholeDay()))
                .build();
        SlaPolicy sla = new SlaPolicy(SlaTargets.hours(2, 4, 48), List.of(
                SlaRule.of(CaseType.COMPLAINT, Priority.P1, new SlaTargets(Duration.ofMinutes(15), Duration.ofMinutes(30),
                        Duration.ofSeconds(86_399, 999_000_000))),
                SlaRule.forTier("钻石", SlaTargets.hours(1, 2, 24)),
                new SlaRule(null, Priority.P4, null, SlaTargets.DEFAULT)), 0.65);
        RoutingTable routing = new RoutingTable(List.of(
                RoutingRule.type(CaseType.RETURN, "退货组"),
                RoutingRule.category("家电", "appliances"),
                RoutingRule.tier("钻石", "vip"),
                new RoutingRule(CaseType.REPAIR, "手机", CaseChannel.MARKETPLACE, "华东", "GOLD", new Assignee("repairs", "agent-王芳"))),
                "客服".repeat(32));
        return new CasePolicy(tenantId, calendar, sla, routing, new EscalationPolicy("主管", 2, Duration.ofHours(36)),
                Map.of("diamond", Priority.P1, "gold", Priority.P2, "bronze_2", Priority.P4), Duration.ZERO, 5, ProgrammeId.of("tier.growth-2025"));
    }

    private CasePolicies policies() {
        return storage().casePolicies();
    }

    private Optional<CasePolicy> find(TenantId tenantId) {
        return tx(() -> policies().find(tenantId));
    }
}
