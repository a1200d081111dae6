package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.crmkit.complaint.CaseStatus;
import org.crmkit.complaint.SlaMetric;
import org.junit.jupiter.api.Test;

class ComplaintExampleTest {

    @Test
    void theReadmeComplaintExampleResolvesWithGoodwillAndCountsTheCaseInTheReport() {
        // when
        ComplaintExample.Outcome outcome = ComplaintExample.run();

        // then: opened Friday 17:50, 24 working hours to acknowledge end on Wednesday 14:50 (06:50 UTC)
        assertThat(outcome.resolved().number()).isEqualTo("C-2026-000001");
        assertThat(outcome.resolved().status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(outcome.slaAtOpen().of(SlaMetric.ACKNOWLEDGE).dueAt()).isEqualTo(Instant.parse("2026-03-11T06:50:00Z"));
        assertThat(outcome.points()).isEqualTo(500);
        assertThat(outcome.check().examined()).isZero();
        assertThat(outcome.report().total()).isEqualTo(1);
        assertThat(outcome.report().csatAverage()).hasValue(5.0);
    }
}
