package org.crmkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crmkit.Crm;
import org.crmkit.complaint.AssignCase;
import org.crmkit.complaint.Case;
import org.crmkit.complaint.CaseAction;
import org.crmkit.complaint.CaseAuditEntry;
import org.crmkit.complaint.SlaCheckReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA check stores a page of cases with one batched update, each case at the version it was
 * read: a case another writer changes while its page is being checked keeps that writer's change
 * and is checked once, on its own; the page's other cases are stored with the page.
 */
public abstract class SlaCheckPageContract extends CaseFixture {

    private final ExecutorService threads = Executors.newSingleThreadExecutor();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void a_case_changed_while_its_page_is_checked_keeps_the_change_and_is_checked_once() throws Exception {
        // given: three cases past their acknowledge target; the second is reassigned just as the page's update goes out
        List<Case> cases = List.of(openInquiry(), openInquiry(), openInquiry());
        Case changed = cases.get(1);
        clock.advance(Duration.ofHours(26));
        List<Future<?>> assigns = new ArrayList<>();
        Crm racing = Crm.builder().storage(InterceptedStorage.cases(storage(), (real, method, args) -> {
            if (method.getName().equals("updateUnlessChanged") && assigns.isEmpty()) {
                assigns.add(threads.submit(() -> complaints.assign(new AssignCase(tenant, changed.id(), "returns", "agent-zhao", "lead-1",
                        "customer asked for a callback"))));
                waitBriefly(assigns.get(0)); // a store that serialises units of work assigns after this one
            }
            return InterceptedStorage.forward(real, method, args);
        })).clock(clock).build();

        // when
        SlaCheckReport report = racing.complaints().checkSlas(tenant, clock.instant(), 0, 1);
        assigns.get(0).get(60, TimeUnit.SECONDS);

        // then
        assertThat(report.examined()).isEqualTo(3);
        assertThat(report.breached()).isEqualTo(3);
        for (Case c : cases) {
            List<CaseAuditEntry> trail = auditOf(c);
            assertThat(trail).extracting(CaseAuditEntry::sequence).as("audit of %s", c.number()).doesNotHaveDuplicates().isSorted();
            assertThat(trail).filteredOn(e -> e.action() == CaseAction.SLA_BREACHED).as("breaches of %s", c.number()).hasSize(1);
            assertThat(trail).filteredOn(e -> e.action() == CaseAction.SLA_AT_RISK).as("at-risk reports of %s", c.number()).hasSize(1);
        }
        assertThat(auditOf(changed)).filteredOn(e -> e.action() == CaseAction.ASSIGNED).extracting(CaseAuditEntry::actor)
                .contains("lead-1");
        assertThat(checkSlas().examined()).as("cases examined by a re-run").isZero();
    }

    private static void waitBriefly(Future<?> assign) throws Exception {
        try {
            assign.get(2, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            // the assignment waits for this unit of work: it will see the checked case
        }
    }
}
