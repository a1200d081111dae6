package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

class TierExampleTest {

    @Test
    void theReadmeTierExampleUpgradesToGoldAtOnceAndTheAssessmentKeepsIt() {
        // when
        TierStatus status = TierExample.run();

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.metric()).isEqualTo(12_000);
        assertThat(status.outlook().droppingTo()).isNull();
    }
}
