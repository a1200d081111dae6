package org.crmkit.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crmkit.complaint.CaseStatus.ACKNOWLEDGED;
import static org.crmkit.complaint.CaseStatus.CANCELLED;
import static org.crmkit.complaint.CaseStatus.CLOSED;
import static org.crmkit.complaint.CaseStatus.IN_PROGRESS;
import static org.crmkit.complaint.CaseStatus.NEW;
import static org.crmkit.complaint.CaseStatus.REOPENED;
import static org.crmkit.complaint.CaseStatus.RESOLVED;
import static org.crmkit.complaint.CaseStatus.WAITING_ON_CUSTOMER;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The workflow is exactly the issue's: no more moves, no fewer. */
class CaseWorkflowTableTest {

    @Test
    void every_status_allows_exactly_the_moves_of_the_workflow() {
        // given
        Map<CaseStatus, Set<CaseStatus>> expected = Map.of(
                NEW, Set.of(ACKNOWLEDGED, CANCELLED),
                ACKNOWLEDGED, Set.of(IN_PROGRESS, CANCELLED),
                IN_PROGRESS, Set.of(WAITING_ON_CUSTOMER, RESOLVED),
                WAITING_ON_CUSTOMER, Set.of(IN_PROGRESS, RESOLVED),
                RESOLVED, Set.of(CLOSED, REOPENED),
                REOPENED, Set.of(IN_PROGRESS),
                CLOSED, Set.of(),
                CANCELLED, Set.of());

        // when / then
        for (CaseStatus from : CaseStatus.values()) {
            assertThat(from.next()).as("moves from %s", from).isEqualTo(expected.get(from));
            for (CaseStatus to : CaseStatus.values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected.get(from).contains(to));
            }
        }
    }

    @Test
    void only_cases_still_being_worked_on_are_open() {
        assertThat(Set.of(CaseStatus.values())).filteredOn(CaseStatus::isOpen)
                .containsExactlyInAnyOrder(NEW, ACKNOWLEDGED, IN_PROGRESS, WAITING_ON_CUSTOMER, REOPENED);
        assertThat(Set.of(CaseStatus.values())).filteredOn(CaseStatus::isResolved).containsExactlyInAnyOrder(RESOLVED, CLOSED);
    }

    @Test
    void case_numbers_are_zero_padded_to_six_digits_and_grow_beyond() {
        assertThat(CaseOpening.number(2026, 123)).isEqualTo("C-2026-000123");
        assertThat(CaseOpening.number(2026, 1_234_567)).isEqualTo("C-2026-1234567");
    }
}
