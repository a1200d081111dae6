package org.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.crmkit.tier.TierStatus;
import org.junit.jupiter.api.Test;

class CustomTierPolicyExampleTest {

    @Test
    void a_tier_reached_under_the_for_life_policy_survives_a_refund_and_the_yearly_assessment() {
        // when
        TierStatus status = CustomTierPolicyExample.run();

        // then
        assertThat(status.tier().code()).isEqualTo("gold");
        assertThat(status.metric()).isEqualTo(1_000);
        assertThat(status.outlook().assessmentDay()).hasToString("2028-01-01");
        assertThat(status.outlook().droppingTo()).isNull();
    }
}
