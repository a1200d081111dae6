package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crmkit.tier.AssessmentReport;
import org.junit.jupiter.api.Test;

class ShardedBatchExampleTest {

    @Test
    void twoInstancesRunningOneShardEachAssessEveryMemberExactlyOnce() throws Exception {
        // when
        List<AssessmentReport> reports = ShardedBatchExample.run();

        // then
        assertThat(reports).hasSize(2);
        assertThat(reports.get(0).examined() + reports.get(1).examined()).isEqualTo(200);
        assertThat(reports).allSatisfy(r -> assertThat(r.examined()).isPositive());
        assertThat(reports.get(0).alreadyDone() + reports.get(1).alreadyDone()).isZero();
    }
}
