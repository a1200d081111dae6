package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.crmkit.complaint.Assignee;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseChannel;
import org.crmkit.complaint.CaseDetails;
import org.crmkit.complaint.CaseId;
import org.crmkit.complaint.CaseSla;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.CaseTimes;
import org.crmkit.complaint.CaseType;
import org.crmkit.complaint.Cases;
import org.crmkit.complaint.OrderLink;
import org.crmkit.complaint.Priority;
import org.crmkit.complaint.Resolution;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.Satisfaction;
import org.crmkit.complaint.SlaMetric;
import org.crmkit.complaint.SlaPause;
import org.crmkit.complaint.SlaState;
import org.crmkit.complaint.SlaTargets;
import org.crmkit.shared.CustomerId;
import org.crmkit.shared.DuplicateKeyException;
import org.crmkit.shared.PersonalData;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.shared.TenantId;
import org.crmkit.testing.Tenants;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Cases}: cases read back field for field by id, number and request key,
 * unique per tenant, changed one version at a time; gap-free number counters; append-only audit
 * trails whose notes alone can be erased; and every listing in its documented order across pages.
 */
public abstract class CasesPortContract extends PortContract {

    private static final Instant T0 = Instant.parse("2025-04-01T01:00:00.000001Z");

    @Test
    void every_field_of_a_fully_described_case_survives_the_round_trip() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Instant at = T0;
        Case full = new Case(tenant, CaseId.of("c".repeat(64)), "N".repeat(32), li,
                new CaseDetails(CaseType.RETURN, "家电/冰箱", CaseChannel.MARKETPLACE, "冰箱不制冷 ❄️", "说明 ".repeat(1_000),
                        new OrderLink("order-1", List.of("SKU-1", "SKU-2")), List.of("https://img.example/1.jpg", "photo 2"), "华东"),
                Priority.P1, new Assignee("售后".repeat(32), "agent-王芳"), 2, CaseStatus.RESOLVED, "钻石", "r".repeat(128),
                new CaseSla(new SlaTargets(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofSeconds(86_399, 999_000_000)),
                        List.of(new SlaPause(at.plusSeconds(60), at.plusSeconds(120)), new SlaPause(at.plusSeconds(300), null)),
                        EnumSet.of(SlaMetric.ACKNOWLEDGE), EnumSet.of(SlaMetric.FIRST_RESPONSE, SlaMetric.ACKNOWLEDGE), SlaState.BREACHED,
                        at.plusSeconds(3_600), at.plusSeconds(1_800)),
                new Resolution(ResolutionOutcome.COMPENSATION, "赔付 500 京豆", 500, ProgrammeId.of("jd.beans"), "entry-1", "agent-王芳",
                        at.plusSeconds(900), 2),
                new Satisfaction(1, "还是不满意", at.plusSeconds(1_000), 2),
                new CaseTimes(at, at.plusSeconds(10), at.plusSeconds(20), at.plusSeconds(900), at.plusSeconds(950), at.plusSeconds(1_000)),
                1, 0);
        Case bare = new Case(tenant, CaseId.of("bare"), "2025-000002", li,
                new CaseDetails(CaseType.INQUIRY, "", CaseChannel.PHONE, "", null, null, List.of(), null), Priority.P4,
                Assignee.team("service"), 0, CaseStatus.NEW, null, null,
                new CaseSla(SlaTargets.DEFAULT, List.of(), Set.of(), Set.of(), SlaState.ON_TRACK, null, null), null, null,
                new CaseTimes(at, null, null, null, null, at), 0, 0);

        // when
        run(() -> {
            cases().insert(full);
            cases().insert(bare);
        });

        // then
        assertThat(find(tenant, full.id())).contains(full);
        assertThat(find(tenant, bare.id())).contains(bare);
        assertThat(tx(() -> cases().findByNumber(tenant, full.number()))).contains(full);
        assertThat(tx(() -> cases().findByRequestKey(tenant, full.requestKey()))).contains(full);
    }

    @Test
    void an_unknown_id_number_or_request_key_and_another_tenants_case_are_not_found() {
        // given
        Case mine = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        run(() -> cases().insert(mine));
        TenantId stranger = Tenants.fresh();

        // when / then
        assertThat(find(tenant, CaseId.of("case-2"))).isEmpty();
        assertThat(tx(() -> cases().findByNumber(tenant, "2025-999999"))).isEmpty();
        assertThat(tx(() -> cases().findByRequestKey(tenant, "no-such-request"))).isEmpty();
        assertThat(find(stranger, mine.id())).isEmpty();
        assertThat(tx(() -> cases().findByNumber(stranger, mine.number()))).isEmpty();
        assertThat(tx(() -> cases().findByRequestKey(stranger, mine.requestKey()))).isEmpty();
    }

    @Test
    void a_taken_id_number_or_request_key_is_refused_and_nothing_is_stored() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Case first = aCase(tenant, li, "case-1").build();
        run(() -> cases().insert(first));

        // when / then
        assertThatThrownBy(() -> run(() -> cases().insert(aCase(tenant, li, "case-1").number("N-2").requestKey("rk-2").build())))
                .as("same id").isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> run(() -> cases().insert(aCase(tenant, li, "case-2").number(first.number()).requestKey("rk-2").build())))
                .as("same number").isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> run(() -> cases().insert(aCase(tenant, li, "case-3").number("N-3").requestKey(first.requestKey()).build())))
                .as("same request key").isInstanceOf(DuplicateKeyException.class);
        assertThat(find(tenant, first.id())).contains(first);
        assertThat(find(tenant, CaseId.of("case-2"))).isEmpty();
        assertThat(find(tenant, CaseId.of("case-3"))).isEmpty();
        assertThat(tx(() -> cases().findByNumber(tenant, "N-3"))).isEmpty();
    }

    @Test
    void cases_without_a_request_key_and_the_same_keys_in_two_tenants_are_fine() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        TenantId neighbour = Tenants.fresh();
        Case theirs = aCase(neighbour, aStoredCustomer(neighbour, "li"), "case-1").build();
        run(() -> cases().insert(theirs));

        // when
        run(() -> {
            cases().insert(aCase(tenant, li, "case-1").build());
            cases().insert(aCase(tenant, li, "case-2").number("N-2").requestKey(null).build());
            cases().insert(aCase(tenant, li, "case-3").number("N-3").requestKey(null).build());
        });

        // then
        assertThat(all(r -> cases().ofCustomer(tenant, li, r), 10)).hasSize(3);
        assertThat(tx(() -> cases().findByNumber(tenant, theirs.number()))).map(Case::tenantId).contains(tenant);
        assertThat(find(neighbour, theirs.id())).contains(theirs);
    }

    @Test
    void an_update_with_the_next_version_replaces_the_case() {
        // given
        Case v0 = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        run(() -> cases().insert(v0));
        Case v1 = aCase(tenant, v0.customerId(), "case-1").status(CaseStatus.IN_PROGRESS).team("vip").agent("wang")
                .sla(SlaState.AT_RISK, T0.plusSeconds(60), T0.plusSeconds(30)).version(1).build();

        // when
        run(() -> cases().update(v1));

        // then
        assertThat(find(tenant, v0.id())).contains(v1);
        assertThat(tx(() -> cases().findByNumber(tenant, v0.number()))).contains(v1);
        assertThat(tx(() -> cases().findByRequestKey(tenant, v0.requestKey()))).contains(v1);
    }

    @Test
    void an_update_whose_version_is_not_the_next_one_or_of_an_absent_case_is_stale_and_changes_nothing() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Case v0 = aCase(tenant, li, "case-1").build();
        run(() -> cases().insert(v0));
        Case v1 = aCase(tenant, li, "case-1").status(CaseStatus.ACKNOWLEDGED).version(1).build();
        run(() -> cases().update(v1));

        // when / then
        assertThatThrownBy(() -> run(() -> cases().update(aCase(tenant, li, "case-1").status(CaseStatus.CANCELLED).version(1).build())))
                .as("a late writer").isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run(() -> cases().update(aCase(tenant, li, "case-1").status(CaseStatus.CANCELLED).version(3).build())))
                .as("a version skipped").isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run(() -> cases().update(aCase(tenant, li, "case-9").version(1).build())))
                .as("an absent case").isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> run(() -> cases().update(aCase(Tenants.fresh(), li, "case-1").version(2).build())))
                .as("another tenant's case").isInstanceOf(StaleVersionException.class);
        assertThat(find(tenant, v0.id())).contains(v1);
    }

    @Test
    void a_number_counter_starts_at_zero_and_keeps_what_was_set_per_tenant_and_year() {
        // given
        TenantId neighbour = Tenants.fresh();

        // when
        long fresh = tx(() -> cases().lockNumberCounter(tenant, 2025));
        run(() -> {
            cases().lockNumberCounter(tenant, 2025);
            cases().setNumberCounter(tenant, 2025, 41);
        });
        run(() -> {
            long last = cases().lockNumberCounter(tenant, 2025);
            cases().setNumberCounter(tenant, 2025, last + 1);
        });

        // then
        assertThat(fresh).isZero();
        assertThat(tx(() -> cases().lockNumberCounter(tenant, 2025))).isEqualTo(42);
        assertThat(tx(() -> cases().lockNumberCounter(tenant, 2026))).isZero();
        assertThat(tx(() -> cases().lockNumberCounter(neighbour, 2025))).isZero();
    }

    @Test
    void a_counter_set_in_a_unit_of_work_that_fails_keeps_its_value() {
        // given
        run(() -> {
            cases().lockNumberCounter(tenant, 2025);
            cases().setNumberCounter(tenant, 2025, 7);
        });

        // when
        runAndRollBack(() -> cases().setNumberCounter(tenant, 2025, cases().lockNumberCounter(tenant, 2025) + 1));

        // then
        assertThat(tx(() -> cases().lockNumberCounter(tenant, 2025))).isEqualTo(7);
    }

    @Test
    void an_audit_trail_reads_back_oldest_first_with_every_field_and_knows_its_last_sequence() {
        // given
        Case c = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        run(() -> cases().insert(c));
        CaseAuditEntry opened = new CaseAuditEntry(tenant, c.id(), 1, T0, "a".repeat(200), CaseAction.OPENED, null, CaseStatus.NEW, null);
        CaseAuditEntry moved = new CaseAuditEntry(tenant, c.id(), 2, T0.plusNanos(1_000), "agent-王芳", CaseAction.STATUS_CHANGED,
                CaseStatus.NEW, CaseStatus.IN_PROGRESS, "客户来电 📞 ".repeat(500));
        CaseAuditEntry blank = new CaseAuditEntry(tenant, c.id(), 3, T0.plusSeconds(1), "system", CaseAction.SLA_BREACHED,
                CaseStatus.IN_PROGRESS, CaseStatus.IN_PROGRESS, "");

        // when
        run(() -> List.of(opened, moved, blank).forEach(cases()::appendAudit));

        // then
        assertThat(audit(tenant, c.id())).containsExactly(opened, moved, blank);
        assertThat(tx(() -> cases().lastAuditSequence(tenant, c.id()))).isEqualTo(3);
    }

    @Test
    void an_audit_trail_appended_out_of_sequence_reads_back_in_sequence_and_its_last_sequence_is_the_highest() {
        // given
        Case c = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        run(() -> cases().insert(c));

        // when
        run(() -> {
            cases().appendAudit(entry(c, 2, "second"));
            cases().appendAudit(entry(c, 3, "third"));
            cases().appendAudit(entry(c, 1, "first"));
        });

        // then
        assertThat(audit(tenant, c.id())).extracting(CaseAuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(tx(() -> cases().lastAuditSequence(tenant, c.id()))).isEqualTo(3);
    }

    @Test
    void a_case_without_audit_entries_or_another_tenants_case_has_an_empty_trail_at_sequence_zero() {
        // given
        Case c = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        run(() -> {
            cases().insert(c);
            cases().appendAudit(entry(c, 1, "opened"));
        });
        Case silent = aCase(tenant, c.customerId(), "case-2").number("N-2").requestKey(null).build();
        run(() -> cases().insert(silent));

        // when / then
        assertThat(audit(tenant, silent.id())).isEmpty();
        assertThat(tx(() -> cases().lastAuditSequence(tenant, silent.id()))).isZero();
        assertThat(audit(Tenants.fresh(), c.id())).isEmpty();
        assertThat(tx(() -> cases().lastAuditSequence(Tenants.fresh(), c.id()))).isZero();
    }

    @Test
    void an_audit_entry_with_a_sequence_the_case_has_is_refused_and_the_first_stays() {
        // given
        Case c = aCase(tenant, aStoredCustomer(tenant, "li"), "case-1").build();
        CaseAuditEntry first = entry(c, 1, "first");
        run(() -> {
            cases().insert(c);
            cases().appendAudit(first);
        });

        // when / then
        assertThatThrownBy(() -> run(() -> cases().appendAudit(entry(c, 1, "second")))).isInstanceOf(DuplicateKeyException.class);
        assertThat(audit(tenant, c.id())).containsExactly(first);
    }

    @Test
    void anonymising_erases_the_notes_of_that_case_only_and_keeps_everything_else() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Case c = aCase(tenant, li, "case-1").build();
        Case other = aCase(tenant, li, "case-2").number("N-2").requestKey(null).build();
        CaseAuditEntry noted = entry(c, 1, "李雷 +8613800138000");
        CaseAuditEntry unnoted = new CaseAuditEntry(tenant, c.id(), 2, T0, "system", CaseAction.ASSIGNED, CaseStatus.NEW, CaseStatus.NEW, null);
        CaseAuditEntry elsewhere = entry(other, 1, "keep me");
        run(() -> {
            cases().insert(c);
            cases().insert(other);
            List.of(noted, unnoted, elsewhere).forEach(cases()::appendAudit);
        });

        // when
        run(() -> cases().anonymiseAudit(Tenants.fresh(), c.id()));
        run(() -> cases().anonymiseAudit(tenant, c.id()));

        // then
        assertThat(audit(tenant, c.id())).containsExactly(new CaseAuditEntry(tenant, c.id(), 1, noted.at(), noted.actor(), noted.action(),
                noted.from(), noted.to(), PersonalData.ERASED), unnoted);
        assertThat(audit(tenant, other.id())).containsExactly(elsewhere);
    }

    @Test
    void a_customers_cases_come_newest_first_ties_by_id_descending_across_pages() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> {
            insert(aCase(tenant, li, "k1").openedAt(T0));
            insert(aCase(tenant, li, "k5").openedAt(T0.plusSeconds(60)));
            insert(aCase(tenant, li, "k3").openedAt(T0));
            insert(aCase(tenant, li, "k4").openedAt(T0.plusNanos(1_000)));
            insert(aCase(tenant, li, "k2").openedAt(T0).status(CaseStatus.CLOSED));
            insert(aCase(tenant, aStoredCustomer(tenant, "han"), "k6").openedAt(T0));
        });

        // when
        List<List<Case>> pages = pages(r -> cases().ofCustomer(tenant, li, r), 2);

        // then
        assertThat(ids(pages)).containsExactly("k5", "k4", "k3", "k2", "k1");
        assertThat(pages.get(0)).hasSize(2);
    }

    @Test
    void a_team_queue_holds_its_open_cases_soonest_due_first_then_by_id_with_no_clock_last() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> {
            insert(aCase(tenant, li, "k1").team("vip").sla(SlaState.ON_TRACK, null, null));
            insert(aCase(tenant, li, "k2").team("vip").sla(SlaState.ON_TRACK, T0.plusSeconds(60), null));
            insert(aCase(tenant, li, "k3").team("vip").sla(SlaState.AT_RISK, T0, null));
            insert(aCase(tenant, li, "k4").team("vip").sla(SlaState.ON_TRACK, T0.plusSeconds(60), null));
            insert(aCase(tenant, li, "k5").team("vip").status(CaseStatus.RESOLVED).sla(SlaState.ON_TRACK, T0.minusSeconds(9), null));
            insert(aCase(tenant, li, "k6").team("service").sla(SlaState.ON_TRACK, T0.minusSeconds(9), null));
            insert(aCase(tenant, li, "k7").team("vip").status(CaseStatus.REOPENED).sla(SlaState.ON_TRACK, T0.plusSeconds(30), null));
        });

        // when
        List<List<Case>> pages = pages(r -> cases().teamQueue(tenant, "vip", r), 2);

        // then
        assertThat(ids(pages)).containsExactly("k3", "k7", "k2", "k4", "k1");
        assertThat(all(r -> cases().teamQueue(Tenants.fresh(), "vip", r), 10)).isEmpty();
    }

    @Test
    void an_agent_queue_holds_the_agents_open_cases_in_queue_order() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> {
            insert(aCase(tenant, li, "k1").team("a").agent("wang").sla(SlaState.ON_TRACK, null, null));
            insert(aCase(tenant, li, "k2").team("b").agent("wang").sla(SlaState.ON_TRACK, T0, null));
            insert(aCase(tenant, li, "k3").team("a").agent("li").sla(SlaState.ON_TRACK, T0, null));
            insert(aCase(tenant, li, "k4").team("a").agent("wang").status(CaseStatus.CANCELLED).sla(SlaState.ON_TRACK, T0, null));
            insert(aCase(tenant, li, "k5").team("a").agent("wang").status(CaseStatus.WAITING_ON_CUSTOMER).sla(SlaState.ON_TRACK, T0, null));
        });

        // when / then
        assertThat(ids(pages(r -> cases().agentQueue(tenant, "wang", r), 2))).containsExactly("k2", "k5", "k1");
    }

    @Test
    void open_cases_at_risk_or_breached_come_in_queue_order() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        run(() -> {
            insert(aCase(tenant, li, "k1").sla(SlaState.BREACHED, T0.plusSeconds(5), null));
            insert(aCase(tenant, li, "k2").sla(SlaState.ON_TRACK, T0, null));
            insert(aCase(tenant, li, "k3").sla(SlaState.AT_RISK, T0, null));
            insert(aCase(tenant, li, "k4").status(CaseStatus.CLOSED).sla(SlaState.BREACHED, T0, null));
            insert(aCase(tenant, li, "k5").sla(SlaState.BREACHED, null, null));
        });

        // when / then
        assertThat(ids(pages(r -> cases().atRiskOrBreached(tenant, r), 2))).containsExactly("k3", "k1", "k5");
    }

    @Test
    void cases_due_for_a_check_are_those_of_the_tenant_checked_at_or_before_now_in_the_shard_by_next_check_then_id() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Instant now = T0;
        List<String> ids = IntStream.range(0, 24).mapToObj(i -> String.format("d%02d", i)).toList();
        run(() -> {
            for (int i = 0; i < ids.size(); i++) {
                insert(aCase(tenant, li, ids.get(i)).sla(SlaState.ON_TRACK, null, now.minusSeconds(i % 3)));
            }
            insert(aCase(tenant, li, "late").sla(SlaState.ON_TRACK, null, now.plusNanos(1_000)));
            insert(aCase(tenant, li, "never").sla(SlaState.ON_TRACK, null, null));
        });

        // when
        List<String> shard1 = ids(pages(r -> cases().dueForCheck(tenant, now, 1, 3, r), 2));
        List<String> everything = ids(pages(r -> cases().dueForCheck(tenant, now, 0, 1, r), 5));

        // then
        List<String> expected = ids.stream().sorted((a, b) -> {
            int byCheck = Integer.compare(Integer.parseInt(b.substring(1)) % 3, Integer.parseInt(a.substring(1)) % 3);
            return byCheck != 0 ? byCheck : a.compareTo(b);
        }).toList();
        assertThat(everything).containsExactlyElementsOf(expected);
        assertThat(shard1).containsExactlyElementsOf(expected.stream().filter(id -> CaseId.of(id).inShard(1, 3)).toList());
    }

    @Test
    void cases_due_for_a_check_in_every_tenant_come_by_next_check_then_tenant_then_id() {
        // given two tenants whose cases are due long before any other test's
        TenantId first = TenantId.of("a-" + tenant.value());
        TenantId second = TenantId.of("b-" + tenant.value());
        Instant now = Instant.parse("1970-01-02T00:00:00Z");
        CustomerId inFirst = aStoredCustomer(first, "li");
        CustomerId inSecond = aStoredCustomer(second, "li");
        run(() -> {
            insert(aCase(second, inSecond, "k1").sla(SlaState.ON_TRACK, null, now));
            insert(aCase(first, inFirst, "k2").sla(SlaState.ON_TRACK, null, now));
            insert(aCase(first, inFirst, "k1").sla(SlaState.ON_TRACK, null, now));
            insert(aCase(second, inSecond, "k0").sla(SlaState.ON_TRACK, null, now.minusSeconds(1)));
        });

        // when
        List<Case> due = all(r -> cases().dueForCheck(null, now, 0, 1, r), 2).stream()
                .filter(c -> c.tenantId().equals(first) || c.tenantId().equals(second)).toList();

        // then
        assertThat(due).extracting(c -> c.tenantId().value().substring(0, 1) + "/" + c.id().value())
                .containsExactly("b/k0", "a/k1", "a/k2", "b/k1");
    }

    @Test
    void cases_opened_in_a_period_come_oldest_first_from_its_start_up_to_but_not_including_its_end() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Instant from = T0;
        Instant to = T0.plusSeconds(3_600);
        run(() -> {
            insert(aCase(tenant, li, "k0").openedAt(from.minusNanos(1_000)));
            insert(aCase(tenant, li, "k3").openedAt(from.plusSeconds(5)));
            insert(aCase(tenant, li, "k2").openedAt(from));
            insert(aCase(tenant, li, "k1").openedAt(from));
            insert(aCase(tenant, li, "k4").openedAt(to.minusNanos(1_000)));
            insert(aCase(tenant, li, "k5").openedAt(to));
        });

        // when / then
        assertThat(ids(pages(r -> cases().openedBetween(tenant, from, to, r), 3))).containsExactly("k1", "k2", "k3", "k4");
        assertThat(all(r -> cases().openedBetween(Tenants.fresh(), from, to, r), 10)).isEmpty();
    }

    @Test
    void only_the_customers_complaints_opened_at_or_after_the_moment_are_counted() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        CustomerId han = aStoredCustomer(tenant, "han");
        run(() -> {
            insert(aCase(tenant, li, "k1").openedAt(T0));
            insert(aCase(tenant, li, "k2").openedAt(T0.plusSeconds(1)).status(CaseStatus.CLOSED));
            insert(aCase(tenant, li, "k3").openedAt(T0.minusNanos(1_000)));
            insert(aCase(tenant, li, "k4").openedAt(T0).type(CaseType.RETURN));
            insert(aCase(tenant, han, "k5").openedAt(T0));
        });

        // when / then
        assertThat(tx(() -> cases().countComplaints(tenant, li, T0))).isEqualTo(2);
        assertThat(tx(() -> cases().countComplaints(Tenants.fresh(), li, T0))).isZero();
    }

    @Test
    void cases_and_audit_entries_written_in_a_unit_of_work_that_fails_are_undone() {
        // given
        CustomerId li = aStoredCustomer(tenant, "li");
        Case v0 = aCase(tenant, li, "case-1").build();
        run(() -> cases().insert(v0));

        // when
        runAndRollBack(() -> {
            cases().update(aCase(tenant, li, "case-1").status(CaseStatus.CLOSED).version(1).build());
            cases().appendAudit(entry(v0, 1, "rolled back"));
            cases().insert(aCase(tenant, li, "case-2").number("N-2").requestKey("rk-2").build());
        });

        // then
        assertThat(find(tenant, v0.id())).contains(v0);
        assertThat(audit(tenant, v0.id())).isEmpty();
        assertThat(find(tenant, CaseId.of("case-2"))).isEmpty();
        assertThat(tx(() -> cases().findByRequestKey(tenant, "rk-2"))).isEmpty();
    }

    private static CaseAuditEntry entry(Case c, long sequence, String note) {
        return new CaseAuditEntry(c.tenantId(), c.id(), sequence, T0.plusSeconds(sequence), "agent", CaseAction.RESPONDED, CaseStatus.NEW,
                CaseStatus.IN_PROGRESS, note);
    }

    private static CaseDraft aCase(TenantId tenantId, CustomerId customerId, String id) {
        return new CaseDraft(tenantId, customerId, id);
    }

    private static List<String> ids(List<List<Case>> pages) {
        return pages.stream().flatMap(List::stream).map(c -> c.id().value()).toList();
    }

    private void insert(CaseDraft draft) {
        cases().insert(draft.build());
    }

    private Cases cases() {
        return storage().cases();
    }

    private Optional<Case> find(TenantId tenantId, CaseId id) {
        return tx(() -> cases().find(tenantId, id));
    }

    private List<CaseAuditEntry> audit(TenantId tenantId, CaseId id) {
        return tx(() -> cases().audit(tenantId, id));
    }

    /** A complaint of a customer, new, to the service team, with no SLA clock; number and request key follow the id. */
    private static final class CaseDraft {
        private final TenantId tenantId;
        private final CustomerId customerId;
        private final String id;
        private String number;
        private String requestKey;
        private CaseType type = CaseType.COMPLAINT;
        private CaseStatus status = CaseStatus.NEW;
        private String team = "service";
        private String agent;
        private SlaState slaState = SlaState.ON_TRACK;
        private Instant dueAt;
        private Instant nextCheckAt;
        private Instant openedAt = T0;
        private long version;

        CaseDraft(TenantId tenantId, CustomerId customerId, String id) {
            this.tenantId = tenantId;
            this.customerId = customerId;
            this.id = id;
            this.number = "N-" + id;
            this.requestKey = "rk-" + id;
        }

        CaseDraft number(String value) {
            number = value;
            return this;
        }

        CaseDraft requestKey(String value) {
            requestKey = value;
            return this;
        }

        CaseDraft type(CaseType value) {
            type = value;
            return this;
        }

        CaseDraft status(CaseStatus value) {
            status = value;
            return this;
        }

        CaseDraft team(String value) {
            team = value;
            return this;
        }

        CaseDraft agent(String value) {
            agent = value;
            return this;
        }

        CaseDraft sla(SlaState state, Instant due, Instant nextCheck) {
            slaState = state;
            dueAt = due;
            nextCheckAt = nextCheck;
            return this;
        }

        CaseDraft openedAt(Instant value) {
            openedAt = value;
            return this;
        }

        CaseDraft version(long value) {
            version = value;
            return this;
        }

        Case build() {
            return new Case(tenantId, CaseId.of(id), number, customerId,
                    new CaseDetails(type, "delivery", CaseChannel.APP, "Late parcel", "It is late", null, List.of(), null), Priority.P3,
                    new Assignee(team, agent), 0, status, null, requestKey,
                    new CaseSla(SlaTargets.DEFAULT, List.of(), Set.of(), Set.of(), slaState, dueAt, nextCheckAt), null, null,
                    new CaseTimes(openedAt, null, null, null, null, openedAt), 0, version);
        }
    }
}
