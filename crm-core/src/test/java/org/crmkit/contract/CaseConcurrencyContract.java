package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.IllegalCaseTransitionException;
import org.crmkit.complaint.MoveCase;
import org.crmkit.complaint.ResolutionOutcome;
import org.crmkit.complaint.ResolveCase;
import org.crmkit.complaint.SlaCheckReport;
import org.crmkit.shared.ProgrammeId;
import org.crmkit.shared.StaleVersionException;
import org.crmkit.testing.ProgrammeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Races: opens sharing a number counter, moves on one case, replayed resolves, and SLA checks in two shards. */
public abstract class CaseConcurrencyContract extends CaseFixture {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stopThreads() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts every task at once; returns each result, or the exception it threw. */
    private List<Object> runTogether(List<Callable<Object>> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> task : work) {
            futures.add(pool.submit(() -> {
                start.await();
                return task.call();
            }));
        }
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> f : futures) {
            try {
                outcomes.add(f.get(120, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            }
        }
        return outcomes;
    }

    @Test
    void opens_racing_on_one_tenant_get_distinct_numbers_without_gaps() throws Exception {
        // given
        List<Callable<Object>> work = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            work.add(() -> open().number());
        }

        // when
        List<Object> numbers = runTogether(work);

        // then
        assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("C-2026-%06d", i)).toList());
    }

    @Test
    void two_agents_acknowledging_one_case_at_once_one_wins_and_the_other_learns_why() throws Exception {
        for (int round = 0; round < 5; round++) {
            // given
            Case c = openInquiry();
            Callable<Object> acknowledge = () -> complaints.move(MoveCase.to(tenant, c.id(), CaseStatus.ACKNOWLEDGED, AGENT));

            // when
            List<Object> outcomes = runTogether(List.of(acknowledge, acknowledge));

            // then
            assertThat(outcomes).filteredOn(Case.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(IllegalCaseTransitionException.class::isInstance).hasSize(1);
            assertThat(auditOf(c)).extracting(CaseAuditEntry::sequence).containsExactly(1L, 2L);
        }
    }

    @Test
    void moves_that_name_the_version_they_saw_lose_with_a_conflict() throws Exception {
        for (int round = 0; round < 5; round++) {
            // given
            Case c = openInquiry();

            // when
            List<Object> outcomes = runTogether(List.of(
                    () -> complaints.move(MoveCase.to(tenant, c.id(), CaseStatus.ACKNOWLEDGED, AGENT).ifVersion(0)),
                    () -> complaints.move(MoveCase.to(tenant, c.id(), CaseStatus.CANCELLED, "agent-li").ifVersion(0))));

            // then
            assertThat(outcomes).as("outcomes %s", outcomes).filteredOn(Case.class::isInstance).hasSize(1);
            assertThat(outcomes).as("outcomes %s", outcomes).filteredOn(StaleVersionException.class::isInstance).hasSize(1);
            assertThat(reload(c).version()).isEqualTo(1);
        }
    }

    @Test
    void resolves_replayed_at_once_grant_the_goodwill_once() throws Exception {
        // given
        crm.loyalty().defineProgramme(ProgrammeBuilder.aProgramme(tenant).build());
        Case c = inProgress(open());
        ResolveCase resolve = ResolveCase.of(tenant, c.id(), ResolutionOutcome.COMPENSATION, "goodwill", AGENT).withGoodwill(200);

        // when
        List<Object> outcomes = runTogether(List.of(() -> complaints.resolve(resolve), () -> complaints.resolve(resolve),
                () -> complaints.resolve(resolve)));

        // then
        assertThat(outcomes).allMatch(Case.class::isInstance);
        assertThat(crm.loyalty().balance(tenant, li, ProgrammeId.DEFAULT).available()).isEqualTo(200);
    }

    @Test
    void two_shards_checking_at_once_miss_no_case_and_escalate_none_twice() throws Exception {
        // given
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < 120; i++) { // a few chunks per shard
            cases.add(openInquiry());
        }
        clock.advance(Duration.ofHours(26));
        Callable<Object> shard0 = () -> complaints.checkSlas(tenant, clock.instant(), 0, 2);
        Callable<Object> shard1 = () -> complaints.checkSlas(tenant, clock.instant(), 1, 2);

        // when: each shard twice, all at once
        List<Object> reports = runTogether(List.of(shard0, shard1, shard0, shard1));

        // then
        assertThat(reports).allMatch(SlaCheckReport.class::isInstance);
        SlaCheckReport total = reports.stream().map(SlaCheckReport.class::cast).reduce(new SlaCheckReport(0, 0, 0, 0, 0), SlaCheckReport::plus);
        assertThat(total.atRisk()).isEqualTo(120);
        assertThat(total.breached()).isEqualTo(120);
        assertThat(total.escalated()).isEqualTo(120);
        assertThat(total.failed()).isZero();
        for (Case c : cases) {
            assertThat(reload(c).escalationLevel()).isEqualTo(2);
            assertThat(auditOf(c)).extracting(CaseAuditEntry::action)
                    .containsExactly(CaseAction.OPENED, CaseAction.SLA_AT_RISK, CaseAction.ESCALATED, CaseAction.SLA_BREACHED,
                            CaseAction.ESCALATED);
        }
        assertThat(notices).hasSize(240);
    }
}
